using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Onboarding.CheckIns;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// Running plans to look at on first start: those joining in the coming weeks and the latest hires on their onboarding
/// (the demo employee is the buddy of one, so their home page has tasks), with the tasks before today mostly done and a
/// few left overdue, and the colleagues about to leave on their offboarding. Uses the templates seeded before it, or a
/// small one of its own when there are none.
/// </summary>
public class PlanDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    private const int Hires = 3;
    /// <summary>Hired within these many days: still on their onboarding plan.</summary>
    private const int RecentDays = 120;
    private const int MaxPastPlans = 40;
    private const int RandomSeed = 20261201;

    public int Order => 470;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (await db.Set<JourneyPlan>().AnyAsync(ct)) return;
        var today = clock.Today;
        var now = clock.UtcNow;
        var demo = $"@{OrganisationSeeder.DemoDomain}";
        var hrId = await db.Employees.Where(e => e.WorkEmail == "hr" + demo).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        var buddyOf = await db.Employees.Where(e => e.WorkEmail == "employee" + demo).Select(e => new { e.Id, e.DepartmentId }).FirstOrDefaultAsync(ct);
        var onboarding = await TemplateAsync(JourneyKind.Onboarding, ct);
        var offboarding = await TemplateAsync(JourneyKind.Offboarding, ct);

        // The demo sign-ins keep their own pages as the other demo data leaves them.
        var demoEmails = new[] { "admin", "hr", "manager", "employee" }.Select(name => name + demo).ToList();
        var demoPeople = await db.Employees.Where(e => demoEmails.Contains(e.WorkEmail)).Select(e => e.Id).ToListAsync(ct);
        var plans = new List<JourneyPlan>();
        // Those joining in the coming weeks and the newest colleagues are on their onboarding, from their first day. The
        // first joiner in the demo employee's department has the demo employee as their buddy.
        var hiredSince = today.AddDays(-RecentDays);
        var recent = db.Employees.Include(e => e.Department)
            .Where(e => e.HireDate >= hiredSince && e.Status != EmployeeStatus.Left && e.LastDay == null && !demoPeople.Contains(e.Id) && e.ManagerId != null);
        var joining = await recent.Where(e => e.HireDate > today)
            .OrderByDescending(e => buddyOf != null && e.DepartmentId == buddyOf.DepartmentId).ThenBy(e => e.HireDate).ToListAsync(ct);
        var newest = await recent.Where(e => e.HireDate <= today).OrderByDescending(e => e.HireDate).Take(Hires).ToListAsync(ct);
        foreach (var (hire, i) in joining.Concat(newest).Select((h, i) => (h, i)))
        {
            var firstDay = hire.HireDate;
            var buddy = i == 0 && buddyOf is not null && buddyOf.Id != hire.Id ? buddyOf.Id
                : await db.Employees.Where(e => e.DepartmentId == hire.DepartmentId && e.Id != hire.Id && e.Id != hire.ManagerId && e.Status == EmployeeStatus.Active)
                    .OrderBy(e => e.HireDate).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
            var started = firstDay.AddDays(-15).ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc);
            var plan = JourneyPlan.Start(hire, JourneyKind.Onboarding, onboarding, firstDay, "Europe/Rome",
                new JourneyPlan.Assignees(hrId, hire.ManagerId, hrId, buddy, hire.Id), "demo", started < now ? started : now);
            // Among those started, the first (who is struggling) and every other one have a task left overdue.
            CompleteMostOfThePast(plan, today, now, leaveOverdue: i >= joining.Count && (i - joining.Count) % 2 == 0);
            AnswerPastCheckIns(plan, today, now, worried: i == joining.Count);
            plans.Add(plan);
        }

        // Those whose departure HR has recorded are on their offboarding, counting back from their last day.
        var taken = plans.Select(p => p.EmployeeId).ToList();
        var leavers = await db.Employees.Where(e => e.Status == EmployeeStatus.Leaving && e.LastDay >= today && !demoPeople.Contains(e.Id)
                                                    && e.ManagerId != null && !taken.Contains(e.Id))
            .OrderBy(e => e.LastDay).ToListAsync(ct);
        foreach (var leaver in leavers)
        {
            var plan = JourneyPlan.Start(leaver, JourneyKind.Offboarding, offboarding, leaver.LastDay!.Value, "Europe/Rome",
                new JourneyPlan.Assignees(hrId, leaver.ManagerId, hrId, null, leaver.Id), "demo", now.AddDays(-5));
            CompleteMostOfThePast(plan, today, now, leaveOverdue: true);
            plans.Add(plan);
        }
        plans.AddRange(await PastPlansAsync(demoPeople, plans.Select(p => p.EmployeeId).ToList(), hrId, ct));
        db.AddRange(plans);
        await db.SaveChangesAsync(ct);
        await RecordHistoryAsync(plans, hrId, ct);
    }

    /// <summary>
    /// Three years of journeys already over: the onboarding of the colleagues hired since, from the template version HR
    /// had then, every task done (some a few days late) and every check-in answered (a few low); and the offboarding of
    /// those who left in the last two years, finished on their last day.
    /// </summary>
    private async Task<List<JourneyPlan>> PastPlansAsync(List<int> demoPeople, List<int> running, int? hrId, CancellationToken ct)
    {
        var random = new Random(RandomSeed);
        var today = clock.Today;
        var versions = await db.Set<TemplateVersion>().Include(v => v.Tasks).Include(v => v.Template)
            .Where(v => v.Template.ArchivedAtUtc == null && v.Template.PositionId == null).ToListAsync(ct);
        TemplateVersion? VersionAt(JourneyKind kind, int? departmentId, DateOnly day)
        {
            var fitting = versions.Where(v => v.Template.Kind == kind && (v.Template.DepartmentId == null || v.Template.DepartmentId == departmentId)).ToList();
            var then = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return fitting.Where(v => v.CreatedAtUtc <= then).OrderBy(v => v.Template.DepartmentId == null).ThenByDescending(v => v.Number).FirstOrDefault()
                   ?? fitting.Where(v => v.Template.DepartmentId == null).MinBy(v => v.Number);
        }

        var past = new List<JourneyPlan>();
        // Long enough ago that the 90-day check-ins are behind them.
        var hiredFrom = today.AddYears(-3);
        var hiredUntil = today.AddDays(-100);
        var joiners = await db.Employees.Where(e => e.HireDate >= hiredFrom && e.HireDate <= hiredUntil && e.ManagerId != null
                                                    && !demoPeople.Contains(e.Id) && !running.Contains(e.Id))
            .OrderByDescending(e => e.HireDate).Take(MaxPastPlans).ToListAsync(ct);
        var buddies = await db.Employees.Where(e => e.Status == EmployeeStatus.Active).OrderBy(e => e.HireDate)
            .Select(e => new { e.Id, e.DepartmentId, e.HireDate }).ToListAsync(ct);
        foreach (var joiner in joiners)
        {
            var buddy = buddies.FirstOrDefault(b => b.DepartmentId == joiner.DepartmentId && b.Id != joiner.Id && b.Id != joiner.ManagerId
                                                    && b.HireDate <= joiner.HireDate.AddYears(-1))?.Id;
            var plan = JourneyPlan.Start(joiner, JourneyKind.Onboarding, VersionAt(JourneyKind.Onboarding, joiner.DepartmentId, joiner.HireDate), joiner.HireDate,
                "Europe/Rome", new JourneyPlan.Assignees(hrId, joiner.ManagerId, hrId, buddy, joiner.Id), "demo",
                joiner.HireDate.AddDays(-random.Next(10, 30)).ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc));
            CompleteAll(plan, random, clock.UtcNow);
            foreach (var checkIn in plan.CheckIns)
            {
                var at = checkIn.DueDate.AddDays(random.Next(0, 4)).ToDateTime(new TimeOnly(random.Next(9, 18), 0), DateTimeKind.Utc);
                if (random.NextDouble() < 0.08)
                    checkIn.Submit(2, 3, 2, "The first weeks were hard: the team was short of people and nobody had time for questions.", at);
                else
                    checkIn.Submit(random.Next(3, 6), random.Next(3, 6), random.Next(4, 6), null, at);
            }
            past.Add(plan);
        }

        var leftFrom = today.AddYears(-2);
        var leavers = await db.Employees.Where(e => e.Status == EmployeeStatus.Left && e.LastDay >= leftFrom && e.LastDay < today && e.ManagerId != null)
            .OrderByDescending(e => e.LastDay).Take(MaxPastPlans).ToListAsync(ct);
        foreach (var leaver in leavers)
        {
            var lastDay = leaver.LastDay!.Value;
            var plan = JourneyPlan.Start(leaver, JourneyKind.Offboarding, VersionAt(JourneyKind.Offboarding, leaver.DepartmentId, lastDay), lastDay,
                "Europe/Rome", new JourneyPlan.Assignees(hrId, leaver.ManagerId, hrId, null, leaver.Id), "demo",
                lastDay.AddDays(-random.Next(20, 35)).ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc));
            CompleteAll(plan, random, clock.UtcNow);
            past.Add(plan);
        }
        return past;
    }

    /// <summary>Every task done on its day or a few days late (and none after now), so the plan ends completed.</summary>
    private static void CompleteAll(JourneyPlan plan, Random random, DateTime now)
    {
        foreach (var task in plan.Tasks.OrderBy(t => t.DueDate).ToList())
        {
            var late = random.NextDouble() < 0.15 ? random.Next(1, 5) : 0;
            var at = task.DueDate.AddDays(late).ToDateTime(new TimeOnly(random.Next(9, 18), random.Next(0, 60)), DateTimeKind.Utc);
            plan.Complete(task, "demo", at < now ? at : now,
                task.Questions.Count > 0 ? string.Join('\n', task.Questions.Select(_ => "Yes, all clear.")) : null);
        }
    }

    /// <summary>
    /// The timeline entries the plans' events would have left (they are not raised through the portal here): each start
    /// by HR, each task done by its assignee, each check-in answered by its respondent, at the moment it happened.
    /// </summary>
    private async Task RecordHistoryAsync(List<JourneyPlan> plans, int? hrId, CancellationToken ct)
    {
        var actorIds = plans.SelectMany(p => p.Tasks.Select(t => t.AssigneeId).Concat(p.CheckIns.Select(c => (int?)c.RespondentId)))
            .Append(hrId).OfType<int>().Distinct().ToList();
        var names = await db.Employees.Where(e => actorIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, ct);
        foreach (var plan in plans)
        {
            void Entry(string kind, DateTime at, TimelineArguments arguments, TimelineAudience audience, int? actorId, string link) => db.Add(new TimelineEntry
            {
                SubjectType = TimelineSubjects.Employee, SubjectId = plan.EmployeeId, Kind = kind, Arguments = arguments, OccurredAtUtc = at,
                Audience = audience, Link = link, ActorEmployeeId = actorId, ActorName = actorId is { } id ? names.GetValueOrDefault(id) : null,
            });

            Entry(PlanTimelineKinds.Started, plan.StartedAtUtc, PlanTimelineKinds.StartedArguments(plan), PlanTimelineKinds.Audience, hrId, PlanTimelineKinds.Link(plan));
            foreach (var task in plan.Tasks.Where(t => t.CompletedAtUtc is not null))
                Entry(PlanTimelineKinds.TaskCompleted, task.CompletedAtUtc!.Value, PlanTimelineKinds.TaskArguments(task), PlanTimelineKinds.Audience,
                    task.AssigneeId, PlanTimelineKinds.Link(plan));
            foreach (var checkIn in plan.CheckIns.Where(c => c.SubmittedAtUtc is not null))
                Entry(CheckInTimelineKind.KindName, checkIn.SubmittedAtUtc!.Value, CheckInTimelineKind.Arguments(checkIn), RecordCheckInEvents.ManagersAndHr,
                    checkIn.RespondentId, CheckInTimelineKind.Link(plan.Id));
            if (plan is { Status: PlanStatus.Completed, EndedAtUtc: { } ended })
                Entry(PlanTimelineKinds.Completed, ended, PlanTimelineKinds.CompletedArguments(plan), PlanTimelineKinds.Audience, null, PlanTimelineKinds.Link(plan));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Tasks due before today are done, on their day; when asked, the latest of them is left open, overdue.</summary>
    private static void CompleteMostOfThePast(JourneyPlan plan, DateOnly today, DateTime now, bool leaveOverdue)
    {
        var past = plan.Tasks.Where(t => t.DueDate < today).OrderBy(t => t.DueDate).ToList();
        foreach (var task in leaveOverdue ? past.SkipLast(1) : past)
        {
            var day = task.DueDate.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            plan.Complete(task, "demo", day < now ? day : now, task.Questions.Count > 0 ? string.Join('\n', task.Questions.Select(_ => "Yes, all clear.")) : null);
        }
    }

    /// <summary>
    /// Check-ins due before today are answered a day or two after; the one worried new hire answers their latest with a low
    /// score (so HR's overview shows a flag), their manager more kindly.
    /// </summary>
    private static void AnswerPastCheckIns(JourneyPlan plan, DateOnly today, DateTime now, bool worried)
    {
        var past = plan.CheckIns.Where(c => c.DueDate < today).OrderBy(c => c.DueDate).ToList();
        var latest = past.Select(c => c.DayMark).DefaultIfEmpty().Max();
        foreach (var checkIn in past)
        {
            var at = checkIn.DueDate.AddDays(1).ToDateTime(new TimeOnly(16, 30), DateTimeKind.Utc);
            if (worried && checkIn.DayMark == latest && checkIn.Respondent == CheckInRespondent.Employee)
                checkIn.Submit(3, 2, 2, "I still do not know who to ask about the release process, and my first task keeps changing.", at < now ? at : now);
            else
                checkIn.Submit(4, checkIn.Respondent == CheckInRespondent.Manager ? 4 : 5, 4, null, at < now ? at : now);
        }
    }

    /// <summary>The organisation's template of the kind (seeded by the templates' own demo data), or a short one made here.</summary>
    private async Task<TemplateVersion> TemplateAsync(JourneyKind kind, CancellationToken ct)
    {
        var existing = await db.Set<TemplateVersion>().Include(v => v.Tasks)
            .Where(v => v.Template.Kind == kind && v.Template.ArchivedAtUtc == null)
            .OrderBy(v => v.Template.DepartmentId != null).ThenBy(v => v.Template.PositionId != null).ThenByDescending(v => v.Number)
            .FirstOrDefaultAsync(ct);
        if (existing is not null) return existing;
        var template = new JourneyTemplate { Name = kind == JourneyKind.Onboarding ? "Joining the organisation" : "Leaving the organisation", Kind = kind };
        TemplateTask Task(string title, TaskOwner owner, int offset, OffsetUnit unit = OffsetUnit.WorkingDays, string? questions = null) =>
            new() { Title = title, Owner = owner, DueOffset = offset, DueUnit = unit, FormQuestions = questions };
        var version = template.Revise(kind == JourneyKind.Onboarding
            ?
            [
                Task("Prepare the laptop and accounts", TaskOwner.It, -3), Task("Send the welcome email", TaskOwner.Hr, -2),
                Task("Welcome lunch with the team", TaskOwner.Manager, 0), Task("Tour of the office", TaskOwner.Buddy, 0),
                Task("Set the goals for the first three months", TaskOwner.Manager, 5),
                Task("Tell us about your first week", TaskOwner.Employee, 5, questions: "What helped you most?\nWhat was missing?"),
                Task("Coffee after the first month", TaskOwner.Buddy, 1, OffsetUnit.Months),
            ]
            :
            [
                Task("Hand over your work", TaskOwner.Employee, -10), Task("Exit interview", TaskOwner.Hr, -3),
                Task("Return the laptop and badge", TaskOwner.Employee, 0), Task("Revoke access", TaskOwner.It, 0),
                Task("Final pay notice", TaskOwner.Hr, 0, OffsetUnit.MonthEnd),
            ], "demo", clock.UtcNow);
        db.Add(template);
        return version;
    }
}
