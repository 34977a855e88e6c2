using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Recruitment.Pipeline;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Recruitment.Mobility;

/// <summary>
/// An employee's manager learns of their internal application once it reaches the stage the organisation chose
/// (<see cref="RecruitmentOptions.TellManagerAtStage"/>), or a later one on the way to a hire; never before, and never of
/// an application that ended earlier. Told once, whatever moves follow. The manager of the day is told: the one the
/// employee reports to when the stage is reached.
/// </summary>
public class TellManagerOfInternalApplication(ErmDbContext db, INotifier notifier, IOptions<RecruitmentOptions> options, IClock clock)
    : INotificationHandler<ApplicationReceived>, INotificationHandler<ApplicationMoved>
{
    public const string Kind = "internal-application-reached-stage";

    // An organisation that tells the manager from the start tells them when the application arrives.
    public Task Handle(ApplicationReceived notification, CancellationToken cancellationToken) =>
        TellAsync(notification.Application, notification.Application.Stage, cancellationToken);

    public Task Handle(ApplicationMoved notification, CancellationToken cancellationToken) =>
        TellAsync(notification.Application, notification.To, cancellationToken);

    private async Task TellAsync(JobApplication application, OpeningStage stage, CancellationToken ct)
    {
        if (!application.IsInternal || application.ManagerToldAtUtc is not null) return;
        if (!ApplicationVisibility.ToldFrom(options.Value.TellManagerAtStage).Contains(stage.Kind)) return;
        var applicant = await db.Set<Candidate>().Where(c => c.Id == application.CandidateId && c.EmployeeId != null)
            .Select(c => new
            {
                EmployeeId = c.EmployeeId!.Value,
                Name = (c.Employee!.PreferredName ?? c.Employee.LegalFirstName) + " " + c.Employee.LegalLastName,
                c.Employee.ManagerId, ManagerUserId = c.Employee.Manager!.UserId,
            })
            .FirstOrDefaultAsync(ct);
        if (applicant?.ManagerUserId is null) return;

        // Written straight to the row, not through the tracked application: this is no change to the card on the board,
        // and a new version would make the mover's next drop of it a false conflict. The condition makes it once only.
        var now = clock.UtcNow;
        if (await db.Set<JobApplication>().Where(a => a.Id == application.Id && a.ManagerToldAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ManagerToldAtUtc, now), ct) == 0) return;
        var told = db.Entry(application).Property(a => a.ManagerToldAtUtc);
        told.CurrentValue = now;
        told.OriginalValue = now;
        told.IsModified = false;

        var opening = await db.Set<Opening>().Where(o => o.Id == application.OpeningId)
            .Select(o => new { o.Title, OnTeam = o.HiringManagerId == applicant.ManagerId || o.Interviewers.Any(i => i.EmployeeId == applicant.ManagerId) })
            .FirstAsync(ct);
        // The candidate page is the hiring team's; a manager outside it reads about their report on the report's profile.
        var link = opening.OnTeam ? $"/recruitment/candidates/{application.CandidateId}" : $"/employees/{applicant.EmployeeId}";
        await notifier.NotifyAsync([applicant.ManagerUserId], Kind,
            new NotificationArguments { ["employee"] = applicant.Name, ["opening"] = opening.Title, ["stage"] = stage.Name }, link, ct);
    }
}
