using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>
/// The part of a running cycle's current phase someone still owes is in their digest a week before it is due, the day
/// before, on the day, and then every week while it is late: enough to plan for it, not a daily nag.
/// </summary>
public class PhaseReminders(ErmDbContext db) : IReminderSource
{
    public static readonly int[] DaysAhead = [7, 1, 0];

    public async Task<IReadOnlyList<ReminderItem>> RemindersForAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var running = await db.Set<ReviewCycle>().AsNoTracking().Include(c => c.Deadlines)
            .Where(c => CycleWork.Running.Contains(c.Phase)).ToListAsync(cancellationToken);
        var items = new List<ReminderItem>();
        foreach (var cycle in running.Where(c => CycleWork.OwnerOf(c.Phase) != PhaseOwner.Nobody))
        {
            if (cycle.DeadlineOf(cycle.Phase) is not { } due) continue;
            var daysLeft = due.DayNumber - day.DayNumber;
            if (!DaysAhead.Contains(daysLeft) && !(daysLeft < 0 && -daysLeft % 7 == 0)) continue;
            var (people, reviewers) = await CycleWork.OwersAsync(db, db.Set<Review>().Where(r => r.CycleId == cycle.Id), cycle.Phase, cancellationToken);
            var arguments = RemindLate.Arguments(cycle, cycle.Phase, late: daysLeft < 0);
            items.AddRange(people.Select(u => new ReminderItem(u, RemindLate.Kind, arguments, CycleWork.LinkFor(cycle.Phase, PhaseOwner.Person))));
            items.AddRange(reviewers.Select(u => new ReminderItem(u, RemindLate.Kind, arguments, CycleWork.LinkFor(cycle.Phase, PhaseOwner.Reviewer))));
        }
        return items;
    }

    /// <summary>"Annual review 2026: your part of self-assessment is due on 12 March 2026."</summary>
    public static string Render(NotificationArguments a, IStringLocalizer l)
    {
        var phase = Enum.TryParse<ReviewPhase>(a.Get("phase"), out var p) ? l[CycleLabels.Of(p)].Value : a.Get("phase");
        if (a.Get("due").Length == 0) return l["{0}: your part of {1} is still to do.", a.Get("cycle"), phase];
        return a.Get("late") == "true"
            ? l["{0}: your part of {1} was due on {2} and is still to do.", a.Get("cycle"), phase, a.DateText("due")]
            : l["{0}: your part of {1} is due on {2}.", a.Get("cycle"), phase, a.DateText("due")];
    }
}
