using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// Applies future-dated job changes when their day comes and moves leavers to Left after their last day.
/// Safe to run twice: a change applied or a person already Left is not touched again.
/// </summary>
public class ApplyDueJobChangesJob(IMediator mediator) : IScheduledJob
{
    public static string Name => "apply-due-job-changes";
    public static TimeSpan Interval => TimeSpan.FromMinutes(30);

    public Task RunAsync(CancellationToken cancellationToken) => mediator.Send(new ApplyDueJobChanges.Command(), cancellationToken);
}

public static class ApplyDueJobChanges
{
    /// <summary>Runs as a command, so each run is one transaction and its events reach the timeline.</summary>
    public record Command : ICommand<int>;

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, int>
    {
        private const int BatchSize = 500;

        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var today = clock.Today;
            var due = await db.JobChanges.Include(j => j.Employee)
                .Where(j => j.AppliedOn == null && j.EffectiveDate <= today)
                .OrderBy(j => j.EffectiveDate).ThenBy(j => j.Id).Take(BatchSize).ToListAsync(ct);
            foreach (var change in due) change.Employee.Apply(change, today);

            var leavers = await db.Employees.Where(e => e.Status == EmployeeStatus.Leaving && e.LastDay < today)
                .OrderBy(e => e.LastDay).ThenBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
            foreach (var leaver in leavers) leaver.MoveTo(EmployeeStatus.Left);
            return due.Count + leavers.Count;
        }
    }
}
