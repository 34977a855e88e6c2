using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Learning.Development;

/// <summary>
/// Opens a person's plan for a change by someone who may make it (the person, a manager above them, HR: anyone else is
/// told it does not exist), refuses a form opened on an older plan, and after a change clears both agreements and asks
/// the other side to agree again.
/// </summary>
public class DevelopmentPlans(ErmDbContext db, EmployeeAccess access, ICurrentUser user, IClock clock, INotifier notifier)
{
    public const string StaleMessage = "Someone else changed this plan after you opened it. Check what it says now and try again.";

    public record Opened(EmployeeResource Viewer, DevelopmentPlan Plan);

    /// <summary>
    /// The plan with its goals and courses, made empty on the first change; a version other than the plan's is a conflict.
    /// A viewer the action is not for (<paramref name="allowed"/>) is told it does not exist before any version is compared.
    /// </summary>
    public async Task<Opened> OpenAsync(int employeeId, Guid? version, CancellationToken ct, Func<EmployeeResource, bool>? allowed = null)
    {
        var viewer = await access.RequireAsync(employeeId, EmployeeOperations.ViewDevelopment, ct);
        if (allowed is not null && !allowed(viewer)) throw new NotFoundException();
        var plan = await db.Set<DevelopmentPlan>().Include(p => p.Goals).Include(p => p.Courses).FirstOrDefaultAsync(p => p.EmployeeId == employeeId, ct);
        if (plan is null)
        {
            plan = new DevelopmentPlan { EmployeeId = employeeId, CreatedAtUtc = clock.UtcNow };
            db.Add(plan);
        }
        else if (version is { } seen)
        {
            if (plan.Version != seen) throw new ConcurrencyConflictException(StaleMessage);
            // EF checks it again in the UPDATE, for a change that lands between this read and ours.
            db.Entry(plan).Property(p => p.Version).OriginalValue = seen;
        }
        return new Opened(viewer, plan);
    }

    /// <summary>The goals or courses changed: the agreements go, and the person and their manager (but not whoever changed it) are asked to agree.</summary>
    public async Task ChangedAsync(DevelopmentPlan plan, CancellationToken ct)
    {
        plan.Changed();
        await TellAsync(plan.EmployeeId, DevelopmentNotifications.AgreeAgain, ct);
    }

    /// <summary>Tells the person and their direct manager, whoever of them did not act themselves.</summary>
    public async Task TellAsync(int employeeId, string kind, CancellationToken ct, string? text = null)
    {
        var me = user.EmployeeId;
        var people = await db.Employees.Where(e => e.Id == employeeId).Select(e => new
        {
            Person = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.UserId,
            ManagerUserId = e.Manager == null ? null : e.Manager.UserId, e.ManagerId,
        }).SingleAsync(ct);
        var by = me is { } id ? await db.Employees.Where(e => e.Id == id).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefaultAsync(ct) : null;
        var arguments = new NotificationArguments { ["person"] = people.Person, ["by"] = by ?? "HR" };
        if (text is not null) arguments["text"] = text.Length > 140 ? text[..140] + "…" : text;
        if (people.UserId is { } own && me != employeeId)
            await notifier.NotifyAsync([own], kind, arguments, "/me/development", ct);
        if (people.ManagerUserId is { } manager && me != people.ManagerId)
            await notifier.NotifyAsync([manager], kind, arguments, $"/learning/development/{employeeId.ToString(CultureInfo.InvariantCulture)}", ct);
    }

    /// <summary>Saves, turning a save that lost the race into the same conflict as a stale form.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(StaleMessage); }
    }
}

/// <summary>The notification kinds of development plans: asked to agree after a change, told of a comment.</summary>
public static class DevelopmentNotifications
{
    public const string AgreeAgain = "development-plan-changed";
    public const string Commented = "development-plan-comment";
    public const string StillToAgree = "development-plan-to-agree";

    public static IServiceCollection AddDevelopmentNotifications(this IServiceCollection services) => services
        .AddNotificationKind<LearningModule>(AgreeAgain, "A development plan I agree to was changed", "bi-signpost-split", emailByDefault: true,
            (args, l) => l["{0} changed the development plan of {1}: please read it and agree.", args.Get("by"), args.Get("person")])
        .AddNotificationKind<LearningModule>(Commented, "Someone commented on a development plan I agree to", "bi-chat-left-text", emailByDefault: false,
            (args, l) => l["{0} commented on the development plan of {1}: {2}", args.Get("by"), args.Get("person"), args.Get("text")])
        .AddNotificationKind<LearningModule>(StillToAgree, "A development plan waits for my agreement", "bi-signpost-split", emailByDefault: true,
            (args, l) => l["The development plan of {0} waits for your agreement.", args.Get("person")])
        .AddReminderSource<PlanAgreementReminders>();
}

/// <summary>
/// A plan with goals or courses that one side has still to agree to is in that side's digest every Monday: the person's
/// for their own plan, the direct manager's for their report's. Weekly, as an agreement is a conversation, not a deadline.
/// </summary>
public class PlanAgreementReminders(ErmDbContext db) : IReminderSource
{
    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken ct)
    {
        if (day.DayOfWeek != DayOfWeek.Monday) return [];
        var waiting = await db.Set<DevelopmentPlan>()
            .Where(p => (p.Goals.Any() || p.Courses.Any()) && (p.EmployeeAgreedAtUtc == null || p.ManagerAgreedAtUtc == null))
            .Select(p => new
            {
                p.EmployeeId, PersonAgreed = p.EmployeeAgreedAtUtc != null, ManagerAgreed = p.ManagerAgreedAtUtc != null, p.Employee.UserId,
                ManagerUserId = p.Employee.Manager == null ? null : p.Employee.Manager.UserId,
                Person = (p.Employee.PreferredName ?? p.Employee.LegalFirstName) + " " + p.Employee.LegalLastName,
            })
            .ToListAsync(ct);
        return waiting.SelectMany(w => new[]
            {
                w.PersonAgreed || w.UserId is null ? null : new ReminderItem(w.UserId, DevelopmentNotifications.StillToAgree,
                    new NotificationArguments { ["person"] = w.Person }, "/me/development"),
                w.ManagerAgreed || w.ManagerUserId is null ? null : new ReminderItem(w.ManagerUserId, DevelopmentNotifications.StillToAgree,
                    new NotificationArguments { ["person"] = w.Person }, $"/learning/development/{w.EmployeeId.ToString(CultureInfo.InvariantCulture)}"),
            })
            .OfType<ReminderItem>()
            .ToList();
    }
}

/// <summary>The plan agreed by both sides, on the person's timeline: theirs, their managers' and HR's to read.</summary>
public class DevelopmentPlanAgreedKind : ITimelineKind
{
    public const string Kind = "development-plan-agreed";
    public const string Goals = "goals", Courses = "courses";

    public string Name => Kind;
    public string Label => "Development plans agreed";
    public string Icon => "bi-signpost-split";
    public int Order => 760;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Development plan agreed with their manager: {0} goal(s), {1} course(s)", a.Int(Goals) ?? 0, a.Int(Courses) ?? 0];
}

public class RecordAgreedPlanOnTimeline(TimelineRecorder timeline) : INotificationHandler<DevelopmentPlanAgreed>
{
    public Task Handle(DevelopmentPlanAgreed notification, CancellationToken ct)
    {
        var plan = notification.Plan;
        timeline.RecordForEmployee(plan.EmployeeId, DevelopmentPlanAgreedKind.Kind,
            new TimelineArguments().With(DevelopmentPlanAgreedKind.Goals, plan.Goals.Count(g => g.Status == GoalStatus.Open))
                .With(DevelopmentPlanAgreedKind.Courses, plan.Courses.Count),
            TimelineAudience.Subject | TimelineAudience.ManagerChain | TimelineAudience.Hr,
            $"/learning/development/{plan.EmployeeId.ToString(CultureInfo.InvariantCulture)}");
        return Task.CompletedTask;
    }
}
