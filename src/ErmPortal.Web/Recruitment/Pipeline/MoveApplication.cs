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
/// A rejection needs a reason (a template, free text, or both).
/// </summary>
public static class MoveApplication
{
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
