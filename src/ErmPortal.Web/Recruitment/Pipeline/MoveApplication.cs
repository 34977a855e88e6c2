using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// The hiring manager or a recruiter moves a candidate to another stage of the opening, from the version of the card
/// they saw: a card someone moved meanwhile is refused with a conflict rather than moved again over the other's move.
/// A rejection needs a reason (a template, free text, or both). Each card of the board links to the move's own page, the
/// way to move a candidate without the board's script.
/// </summary>
public static class MoveApplication
{
    public record Query(int ApplicationId) : IRequest<Model>;

    public record Target(int Id, string Name);

    /// <param name="Targets">The stages the candidate may be moved to; none once the application has been hired or withdrawn.</param>
    /// <param name="Version">The application as the page shows it: a move from it after someone else's is a conflict.</param>
    public record Model(int ApplicationId, int OpeningId, string OpeningTitle, int CandidateId, string Name, string StageName, int DaysInStage,
        IReadOnlyList<Target> Targets, Guid Version);

    public record Command : ICommand<Result>
    {
        public int ApplicationId { get; set; }
        public int StageId { get; init; }
        public Guid Version { get; init; }
        public string? Template { get; init; }
        public string? Reason { get; init; }
    }

    public record Result(int OpeningId, Guid Version, string StageName);

    public const string Conflict = "Someone else moved this candidate meanwhile. The board shows where they are now.";

    public class QueryHandler(ErmDbContext db, OpeningAccess access, ApplicationVisibility visibility, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var application = await visibility.Visible(db.Set<JobApplication>().Where(a => a.Id == request.ApplicationId))
                .Select(a => new
                {
                    a.OpeningId, a.Opening.Title, a.CandidateId, Name = a.Candidate.FirstName + " " + a.Candidate.LastName,
                    a.StageId, StageName = a.Stage.Name, a.Stage.Kind, a.StageEnteredAtUtc, a.Version,
                })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            await access.RequireAsync(application.OpeningId, OpeningOperations.MoveCandidates, ct);
            // A hire and a withdrawal happen elsewhere, and end the application where it is.
            var ended = application.Kind is StageKind.Hired or StageKind.Withdrawn;
            List<Target> targets = ended ? [] : await db.Set<OpeningStage>()
                .Where(s => s.OpeningId == application.OpeningId && s.Id != application.StageId && s.Kind != StageKind.Hired && s.Kind != StageKind.Withdrawn)
                .OrderBy(s => s.Order).Select(s => new Target(s.Id, s.Name)).ToListAsync(ct);
            return new Model(request.ApplicationId, application.OpeningId, application.Title, application.CandidateId, application.Name,
                application.StageName, (int)(clock.UtcNow - application.StageEnteredAtUtc).TotalDays, targets, application.Version);
        }
    }

    public class Handler(ErmDbContext db, OpeningAccess access, ApplicationVisibility visibility, IClock clock,
        IStringLocalizer<RecruitmentResource> localizer) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken ct)
        {
            var openingId = await visibility.Visible(db.Set<JobApplication>().Where(a => a.Id == request.ApplicationId))
                .Select(a => (int?)a.OpeningId).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            await access.RequireAsync(openingId, OpeningOperations.MoveCandidates, ct);
            var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.StageVisits)
                .FirstAsync(a => a.Id == request.ApplicationId, ct);
            var target = await db.Set<OpeningStage>().FirstOrDefaultAsync(s => s.Id == request.StageId && s.OpeningId == openingId, ct)
                ?? throw new Data.Shared.DomainRuleException(nameof(Command.StageId), "Choose a stage of this opening.");
            if (application.Version != request.Version) throw new ConcurrencyConflictException(Conflict);
            db.Entry(application).Property(a => a.Version).OriginalValue = request.Version;
            application.MoveTo(target, RejectionReasons.Compose(request.Template, request.Reason, localizer), clock.UtcNow);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(Conflict); }
            return new Result(openingId, application.Version, target.Name);
        }
    }
}
