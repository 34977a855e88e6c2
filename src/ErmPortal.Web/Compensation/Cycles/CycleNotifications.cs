using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// Who hears of a compensation cycle: each manager with people in it when it opens, the managers whose proposals HR
/// sends back (with HR's comment), HR when a department is ready to approve; and in the digest, managers with raises
/// still to decide before the due date and HR with departments waiting for approval.
/// </summary>
public static class CycleNotifications
{
    public const string Opened = "compensation.pay-review-opened";
    public const string SentBack = "compensation.proposals-sent-back";
    public const string StillToDecide = "compensation.raises-to-decide";
    public const string ToApprove = "compensation.departments-to-approve";

    public static IServiceCollection AddCycleNotifications(this IServiceCollection services) => services
        .AddNotificationKind<CompensationModule>(Opened, "A pay review asks for my team's raises", "bi-cash-coin", emailByDefault: true,
            (args, l) => l["{0} is open: propose your team's raises by {1}.", args.Get("cycle"), args.DateText("due")])
        .AddNotificationKind<CompensationModule>(SentBack, "HR sends my team's raises back", "bi-arrow-return-left", emailByDefault: true,
            (args, l) => l["HR sent raises in {0} back: “{1}”", args.Get("cycle"), args.Get("comment")])
        .AddNotificationKind<CompensationModule>(StillToDecide, "My team's raises are still to decide", "bi-hourglass-split", emailByDefault: false,
            (args, l) => l["{0}: raises for {1} people are still to decide, due {2}.", args.Get("cycle"), args.Get("count"), args.DateText("due")])
        .AddNotificationKind<CompensationModule>(ToApprove, "Departments' raises wait for my approval", "bi-check2-square", emailByDefault: false,
            (args, l) => l["{0}: {1} departments have submitted every raise and wait for approval.", args.Get("cycle"), args.Get("count")])
        .AddReminderSource<CycleReminders>();

    public static string TeamLink(int cycleId) => $"/compensation/cycles/{cycleId.ToString(CultureInfo.InvariantCulture)}/team";
}

public class NotifyAboutCycles(ErmDbContext db, INotifier notifier)
    : INotificationHandler<CompensationCycleOpened>, INotificationHandler<DepartmentProposalsSentBack>
{
    public async Task Handle(CompensationCycleOpened e, CancellationToken ct)
    {
        var cycle = e.Cycle;
        var managers = await DirectManagersAsync(db.Set<PayProposal>().Where(p => p.CycleId == cycle.Id).Select(p => p.EmployeeId), ct);
        await notifier.NotifyAsync(managers, CycleNotifications.Opened,
            new NotificationArguments { ["cycle"] = cycle.Name, ["due"] = NotificationArguments.DateValue(cycle.ProposalsDueOn) },
            CycleNotifications.TeamLink(cycle.Id), ct);
    }

    public async Task Handle(DepartmentProposalsSentBack e, CancellationToken ct)
    {
        var cycle = await db.Set<CompensationCycle>().Where(c => c.Id == e.Budget.CycleId).Select(c => new { c.Id, c.Name }).SingleAsync(ct);
        var ids = e.EmployeeIds;
        // One parameter for the ids: a large department's people would pass SQLite's limit on parameters.
        var managers = await DirectManagersAsync(db.Employees.Where(x => EF.Parameter(ids).Contains(x.Id)).Select(x => x.Id), ct);
        await notifier.NotifyAsync(managers, CycleNotifications.SentBack,
            new NotificationArguments { ["cycle"] = cycle.Name, ["comment"] = e.Budget.HrComment ?? "" }, CycleNotifications.TeamLink(cycle.Id), ct);
    }

    /// <summary>The accounts of the people's direct managers: they make the proposals.</summary>
    private Task<List<string>> DirectManagersAsync(IQueryable<int> people, CancellationToken ct) =>
        db.Employees.Where(e => people.Contains(e.Id) && e.Manager != null && e.Manager.UserId != null)
            .Select(e => e.Manager!.UserId!).Distinct().ToListAsync(ct);
}

/// <summary>
/// On Mondays while a cycle is open: each manager with people directly below them still without a raise, and HR with
/// the departments whose raises are all submitted and wait for approval.
/// </summary>
public class CycleReminders(ErmDbContext db, NotificationRecipients recipients) : IReminderSource
{
    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken ct)
    {
        if (day.DayOfWeek != DayOfWeek.Monday) return [];
        var cycles = await db.Set<CompensationCycle>().Where(c => c.Status == CompensationCycleStatus.Open)
            .Select(c => new { c.Id, c.Name, c.ProposalsDueOn }).ToListAsync(ct);
        var items = new List<ReminderItem>();
        foreach (var cycle in cycles)
        {
            var undecided = await db.Set<PayProposal>()
                .Where(p => p.CycleId == cycle.Id && p.RaiseBasisPoints == null && p.Employee.Manager != null && p.Employee.Manager.UserId != null)
                .GroupBy(p => p.Employee.Manager!.UserId!).Select(g => new { UserId = g.Key, Count = g.Count() }).ToListAsync(ct);
            items.AddRange(undecided.Select(u => new ReminderItem(u.UserId, CycleNotifications.StillToDecide,
                new NotificationArguments
                {
                    ["cycle"] = cycle.Name, ["count"] = u.Count.ToString(CultureInfo.InvariantCulture),
                    ["due"] = NotificationArguments.DateValue(cycle.ProposalsDueOn),
                }, CycleNotifications.TeamLink(cycle.Id))));

            var ready = await db.Set<DepartmentBudget>()
                .Where(b => b.CycleId == cycle.Id && b.Status == DepartmentReviewStatus.Open
                            && db.Set<PayProposal>().Any(p => p.CycleId == cycle.Id && p.DepartmentId == b.DepartmentId)
                            && !db.Set<PayProposal>().Any(p => p.CycleId == cycle.Id && p.DepartmentId == b.DepartmentId && p.Status == ProposalStatus.Draft))
                .CountAsync(ct);
            if (ready == 0) continue;
            foreach (var hr in await recipients.InRoleAsync(Roles.Hr, ct))
                items.Add(new ReminderItem(hr, CycleNotifications.ToApprove,
                    new NotificationArguments { ["cycle"] = cycle.Name, ["count"] = ready.ToString(CultureInfo.InvariantCulture) },
                    $"/compensation/cycles/{cycle.Id.ToString(CultureInfo.InvariantCulture)}"));
        }
        return items;
    }
}
