using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// Running plans at volume, to measure HR's overview with as many journeys under way as a large organisation has
/// (`seed --onboarding-plans N`, the setting `Seed:OnboardingPlans`: <see cref="Volume"/>; none unless asked for). Most are
/// onboarding plans of the newest hires, the rest (<see cref="OffboardingShare"/>) offboarding plans of people leaving, the
/// ones with a last day first. Anchor days are spread from <see cref="DaysBack"/> days ago to <see cref="DaysAhead"/>
/// days ahead (a person's own first or last day when it falls in that window). Each plan resolves the newest version of the
/// demo template that fits the person best, so earlier anchors have more tasks behind them: most of those are done, some
/// left overdue; a few later ones were done early. New hires get a buddy from their department with a year's tenure, and
/// answered most of their check-ins that came due; a few of those answers are low and flag the plan.
/// <para>
/// Written after every other module's demo data with prepared inserts (<see cref="DemoRows"/>). The demo sign-ins and the
/// people they manage are left out, so their pages stay as the other demo data leaves them; HR's tasks go to the other
/// people in the HR role. A fixed random seed and the day of the seed give the same plans on every run.
/// </para>
/// </summary>
public class PlanVolumeData(ErmDbContext db, IClock clock, IConfiguration configuration, IOptions<OnboardingOptions> options,
    ILogger<PlanVolumeData> logger) : IDemoDataSeeder
{
    public static readonly SeedVolume Volume = new("OnboardingPlans", 10);
    public const double OffboardingShare = 0.15;
    public const int DaysBack = 60;
    public const int DaysAhead = 30;
    /// <summary>One answer in this many is low enough to be flagged (the third, then every this many), so a few are at any volume.</summary>
    public const int FlagEvery = 25;
    private const int RandomSeed = 20261211;

    /// <summary>Where each office's people live, for "today" in their own time zone.</summary>
    private static readonly Dictionary<string, string> ZoneOfCity = new()
    {
        ["Milan"] = "Europe/Rome", ["London"] = "Europe/London", ["Berlin"] = "Europe/Berlin", ["Shanghai"] = "Asia/Shanghai",
    };

    private static readonly string[] WorriedComments =
    [
        "I still do not know who to ask about most things, and my first task keeps changing.",
        "The team is kind, but nobody has had time to show me how the work is done here.",
        "I am not sure what is expected of me by the end of the first quarter.",
    ];

    /// <summary>After the candidates at volume (900), so both can be asked for in one seed.</summary>
    public int Order => 910;

    public IReadOnlyList<SeedVolume> Volumes => [Volume];

    private sealed record Person(Employee Employee, string TimeZoneId);

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var count = Volume.Read(configuration);
        if (count <= 0) return;
        var random = new Random(RandomSeed);
        var today = clock.Today;
        var now = clock.UtcNow;

        var templates = await db.Set<TemplateVersion>().AsNoTracking().Include(v => v.Template).Include(v => v.Tasks)
            .Where(v => v.Template.ArchivedAtUtc == null && v.Number == v.Template.Versions.Max(n => n.Number)).ToListAsync(ct);
        var demoEmails = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToList();
        var demoPeople = await db.Employees.Where(e => demoEmails.Contains(e.WorkEmail)).Select(e => e.Id).ToListAsync(ct);
        var withPlans = await db.Set<JourneyPlan>().Select(p => p.EmployeeId).Distinct().ToListAsync(ct);
        var hr = await db.Employees
            .Where(e => e.Status == EmployeeStatus.Active && !demoPeople.Contains(e.Id) && e.UserId != null
                        && db.UserRoles.Any(ur => ur.UserId == e.UserId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Hr)))
            .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        if (hr.Count == 0) hr = await db.Employees.Where(e => e.WorkEmail == $"hr@{OrganisationSeeder.DemoDomain}").Select(e => e.Id).ToListAsync(ct);
        var itContact = options.Value.ItContactEmail is { Length: > 0 } itEmail
            ? await db.Employees.Where(e => e.WorkEmail == itEmail).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct)
            : null;
        var zones = await db.Locations.ToDictionaryAsync(l => l.Id, l => ZoneOfCity.GetValueOrDefault(l.City, "UTC"), ct);

        // Neither a demo sign-in nor someone they manage, so the demo's own pages and task lists stay as they were.
        var people = db.Employees.AsNoTracking().Where(e => e.ManagerId != null && !demoPeople.Contains(e.Id)
                                                            && !demoPeople.Contains(e.ManagerId.Value) && !withPlans.Contains(e.Id));
        var leaving = (int)Math.Round(count * OffboardingShare);
        var joiners = await people.Where(e => (e.Status == EmployeeStatus.Onboarding || e.Status == EmployeeStatus.Active) && e.LastDay == null)
            .OrderBy(e => e.Status != EmployeeStatus.Onboarding).ThenByDescending(e => e.HireDate).ThenBy(e => e.Id)
            .Take(count - leaving).ToListAsync(ct);
        var joinerIds = joiners.Select(e => e.Id).ToList();
        var leavers = await people.Where(e => e.Status != EmployeeStatus.Left && !joinerIds.Contains(e.Id))
            .OrderBy(e => e.Status != EmployeeStatus.Leaving).ThenBy(e => e.LastDay).ThenBy(e => e.HireDate).ThenBy(e => e.Id)
            .Take(leaving).ToListAsync(ct);
        if (joiners.Count + leavers.Count < count)
            logger.LogWarning("Only {People} people can have a running plan; seeding that many rather than {Asked}", joiners.Count + leavers.Count, count);

        var buddies = await BuddiesAsync(today, demoPeople, ct);
        var plans = new List<JourneyPlan>(count);
        var answered = 0;
        foreach (var (person, i) in joiners.Select((p, i) => (p, i)))
        {
            var anchor = Anchor(person.HireDate, i, joiners.Count, today);
            var buddy = buddies.TryGetValue(person.DepartmentId, out var colleagues) ? colleagues.Next(person.Id, person.ManagerId) : null;
            var plan = Start(person, JourneyKind.Onboarding, anchor, buddy, hr[i % hr.Count], itContact, templates, zones, now);
            Progress(plan, random, today, now);
            AnswerCheckIns(plan, random, today, now, ref answered);
            plans.Add(plan);
        }
        foreach (var (person, i) in leavers.Select((p, i) => (p, i)))
        {
            var anchor = Anchor(person.LastDay, i, leavers.Count, today);
            var plan = Start(person, JourneyKind.Offboarding, anchor, null, hr[(joiners.Count + i) % hr.Count], itContact, templates, zones, now);
            Progress(plan, random, today, now);
            plans.Add(plan);
        }

        using var rows = new DemoRows(db);
        foreach (var plan in plans)
        {
            rows.Add(plan);
            foreach (var task in plan.Tasks) task.PlanId = plan.Id;
            rows.AddRange(plan.Tasks);
            foreach (var checkIn in plan.CheckIns) checkIn.PlanId = plan.Id;
            rows.AddRange(plan.CheckIns);
        }
    }

    /// <summary>
    /// The person's own day when it falls in the window; otherwise the i-th of n days spread evenly over it. Either way a
    /// working day, as first and last days are.
    /// </summary>
    private static DateOnly Anchor(DateOnly? own, int i, int n, DateOnly today)
    {
        var day = own is { } d && d >= today.AddDays(-DaysBack) && d <= today.AddDays(DaysAhead)
            ? d
            : today.AddDays(-DaysBack + (int)((DaysBack + DaysAhead) * (long)i / Math.Max(1, n)));
        return DueDates.Resolve(day, 0, OffsetUnit.WorkingDays);
    }

    /// <summary>The plan from the newest version of the template that fits the person best, started three weeks before its anchor day.</summary>
    private static JourneyPlan Start(Employee person, JourneyKind kind, DateOnly anchor, int? buddy, int hr, int? itContact,
        List<TemplateVersion> templates, Dictionary<int, string> zones, DateTime now)
    {
        var template = templates.Where(v => v.Template.Kind == kind)
            .Select(v => (Version: v, Fit: JourneyTemplate.Fit(v.Template.DepartmentId, v.Template.PositionId, person.DepartmentId, person.PositionId)))
            .Where(t => t.Fit is not null).OrderByDescending(t => t.Fit).ThenByDescending(t => t.Version.TemplateId).Select(t => t.Version).FirstOrDefault();
        var started = Min(anchor.AddDays(-21).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), now);
        var plan = JourneyPlan.Start(person, kind, template, anchor, zones.GetValueOrDefault(person.LocationId, "UTC"),
            new JourneyPlan.Assignees(hr, person.ManagerId, itContact ?? hr, buddy, person.Id), "demo", started);
        plan.TakeDomainEvents();
        return plan;
    }

    /// <summary>
    /// Nine in ten of the tasks already due are done, around their day; three in ten due within the week and one in twenty
    /// due later were done early. A plan always keeps one task open: it is running.
    /// </summary>
    private static void Progress(JourneyPlan plan, Random random, DateOnly today, DateTime now)
    {
        var done = plan.Tasks.Where(t => random.NextDouble() < (t.DueDate < today ? 0.9 : t.DueDate < today.AddDays(7) ? 0.3 : 0.05))
            .OrderBy(t => t.DueDate).ToList();
        if (done.Count == plan.Tasks.Count) done.RemoveAt(done.Count - 1);
        foreach (var task in done)
        {
            var around = task.DueDate.ToDateTime(new TimeOnly(9 + random.Next(9), random.Next(60)), DateTimeKind.Utc).AddDays(-random.Next(3));
            var at = around < now ? around : now.AddHours(-random.Next(1, 72));
            plan.Complete(task, "demo", at < plan.StartedAtUtc ? plan.StartedAtUtc : at,
                task.Questions.Count > 0 ? string.Join('\n', task.Questions.Select(_ => "Fine so far, thank you.")) : null);
        }
        plan.TakeDomainEvents();
    }

    /// <summary>Four in five of the check-ins already due were answered, a day or so after; a few of those answers are low.</summary>
    private static void AnswerCheckIns(JourneyPlan plan, Random random, DateOnly today, DateTime now, ref int answered)
    {
        foreach (var checkIn in plan.CheckIns.Where(c => c.DueDate < today && random.NextDouble() < 0.8))
        {
            var at = Min(checkIn.DueDate.AddDays(random.Next(1, 3)).ToDateTime(new TimeOnly(10 + random.Next(7), 0), DateTimeKind.Utc), now);
            if (answered++ % FlagEvery == 2)
                checkIn.Submit(random.Next(2, 4), random.Next(1, 3), random.Next(2, 4), WorriedComments[random.Next(WorriedComments.Length)], at);
            else
                checkIn.Submit(random.Next(3, 6), random.Next(3, 6), random.Next(3, 6), null, at);
            checkIn.TakeDomainEvents();
        }
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>Per department, the colleagues who may be a buddy (a year here, at work now), taken in turn so each looks after few.</summary>
    private async Task<Dictionary<int, Buddies>> BuddiesAsync(DateOnly today, List<int> demoPeople, CancellationToken ct)
    {
        var joinedBy = today.AddMonths(-options.Value.BuddyMinimumTenureMonths);
        var colleagues = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && e.HireDate <= joinedBy && !demoPeople.Contains(e.Id))
            .OrderBy(e => e.HireDate).ThenBy(e => e.Id).Select(e => new { e.Id, e.DepartmentId }).ToListAsync(ct);
        return colleagues.GroupBy(c => c.DepartmentId).ToDictionary(g => g.Key, g => new Buddies(g.Select(c => c.Id).ToList()));
    }

    private sealed class Buddies(List<int> ids)
    {
        private int _next;

        /// <summary>The next colleague in turn who is neither the new hire nor their manager; none when the department has no other.</summary>
        public int? Next(int employeeId, int? managerId)
        {
            for (var tried = 0; tried < ids.Count; tried++)
            {
                var id = ids[_next++ % ids.Count];
                if (id != employeeId && id != managerId) return id;
            }
            return null;
        }
    }
}
