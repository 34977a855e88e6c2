using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Compensation.Pay;

/// <summary>
/// Salary changes dated in the future wait for their day; this job announces each one when it comes (and any written
/// for today or the past that has not been announced yet), and carries out the approved raises of cycles whose
/// effective day has come. Safe to run twice: an applied record or proposal is not touched again.
/// </summary>
public class ApplyDuePayChangesJob(IMediator mediator) : IScheduledJob
{
    public static string Name => "apply-due-pay-changes";
    public static TimeSpan Interval => TimeSpan.FromMinutes(30);

    public Task RunAsync(CancellationToken cancellationToken) => mediator.Send(new ApplyDuePayChanges.Command(), cancellationToken);
}

public static class ApplyDuePayChanges
{
    /// <summary>Runs as a command, so each run is one transaction and its events reach the timeline and the notifications.</summary>
    public record Command : ICommand<int>;

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, int>
    {
        private const int BatchSize = 1000;

        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var today = clock.Today;
            var now = clock.UtcNow;

            // Approved raises of cycles whose day has come become salary records, announced below with the rest.
            var approved = await db.Set<PayProposal>().Include(p => p.Cycle)
                .Where(p => p.Status == ProposalStatus.Approved && p.Cycle.EffectiveOn <= today)
                .OrderBy(p => p.Cycle.EffectiveOn).ThenBy(p => p.Id).Take(BatchSize).ToListAsync(ct);
            // Each raise builds on the salary in force on its day, including a raise of another cycle carried out here first.
            var raised = approved.Select(p => p.EmployeeId).Distinct().ToList();
            var salaries = (await db.Set<SalaryRecord>().AsNoTracking().Where(s => raised.Contains(s.EmployeeId)).ToListAsync(ct))
                .GroupBy(s => s.EmployeeId).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var proposal in approved)
            {
                var history = salaries.TryGetValue(proposal.EmployeeId, out var list) ? list : salaries[proposal.EmployeeId] = [];
                if (proposal.ToSalaryRecord(proposal.Cycle.EffectiveOn, SalaryHistory.CurrentOn(history, proposal.Cycle.EffectiveOn), now) is not { } record) continue;
                db.Add(record);
                history.Add(record);
            }
            if (approved.Count > 0) await db.SaveChangesAsync(ct);

            var due = await db.Set<SalaryRecord>().Where(s => s.AppliedOn == null && s.EffectiveOn <= today)
                .OrderBy(s => s.EffectiveOn).ThenBy(s => s.Id).Take(BatchSize).ToListAsync(ct);
            if (due.Count == 0) return approved.Count;
            var people = due.Select(d => d.EmployeeId).Distinct().ToList();
            var histories = (await db.Set<SalaryRecord>().AsNoTracking().Where(s => people.Contains(s.EmployeeId)).ToListAsync(ct))
                .ToLookup(s => s.EmployeeId);
            foreach (var record in due) record.Apply(today, SalaryHistory.Before(histories[record.EmployeeId], record));
            return approved.Count + due.Count;
        }
    }
}

public static class PayTimelineKinds
{
    public const string SalaryChanged = "pay-salary-changed";
    public const string Reason = "reason";
    public const string Change = "change";
    public const string Day = "day";

    /// <summary>The person and those above them; never a colleague.</summary>
    public const TimelineAudience Audience = TimelineAudience.Subject | TimelineAudience.ManagerChain | TimelineAudience.Hr;
}

public class SalaryChangedKind : ITimelineKind
{
    public string Name => PayTimelineKinds.SalaryChanged;
    public string Label => "Salary changed";
    public string Icon => "bi-cash-coin";
    public int Order => 1700;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f)
    {
        var reason = l[PayLabels.Of(Enum.TryParse<SalaryChangeReason>(a.Text(PayTimelineKinds.Reason), out var r) ? r : SalaryChangeReason.Correction)];
        var day = a.Date(PayTimelineKinds.Day) is { } d ? f.Date(d) : "";
        return a.Amount(PayTimelineKinds.Change) is { } change
            ? l["Salary changed from {0} ({1}, {2}%)", day, reason, change.ToString("+0.0;-0.0;0", f.Culture)]
            : l["Salary changed from {0} ({1})", day, reason];
    }
}

/// <summary>
/// A salary change in force: on the person's timeline (for them and those above them), and a note to the person with
/// the letter when the change is one a letter is written for.
/// </summary>
public class AnnounceSalaryChange(ErmDbContext db, TimelineRecorder timeline, INotifier notifier, IClock clock) : INotificationHandler<SalaryChanged>
{
    public const string Kind = "pay.salary-changed";

    public async Task Handle(SalaryChanged e, CancellationToken ct)
    {
        var record = e.Record;
        var previous = e.PreviousAmountMinor is { } amount
            ? new SalaryRecord { Currency = e.PreviousCurrency!, AmountMinor = amount, Frequency = e.PreviousFrequency!.Value } : null;
        var change = SalaryHistory.ChangePercent(previous, record);
        var arguments = new TimelineArguments().With(PayTimelineKinds.Reason, record.Reason.ToString()).With(PayTimelineKinds.Day, record.EffectiveOn);
        if (change is { } c) arguments.WithAmount(PayTimelineKinds.Change, c);
        var lettered = PayChangeLetter.IsLettered(record, clock.Today);
        var link = lettered ? PayLinks.Letter(record.EmployeeId, record.Id) : PayLinks.Person(record.EmployeeId);
        timeline.RecordForEmployee(record.EmployeeId, PayTimelineKinds.SalaryChanged, arguments, PayTimelineKinds.Audience, link);

        var userId = await db.Employees.Where(x => x.Id == record.EmployeeId).Select(x => x.UserId).FirstOrDefaultAsync(ct);
        if (userId is not null && lettered)
            await notifier.NotifyAsync([userId], Kind, new NotificationArguments { ["day"] = NotificationArguments.DateValue(record.EffectiveOn) },
                link, ct);
    }
}

/// <summary>Where a person's pay pages are.</summary>
public static class PayLinks
{
    public static string Person(int employeeId) => $"/compensation/people/{employeeId.ToString(CultureInfo.InvariantCulture)}";

    public static string Letter(int employeeId, int recordId) => $"{Person(employeeId)}/letters/{recordId.ToString(CultureInfo.InvariantCulture)}";
}
