using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// Rejects the candidates ticked on an opening's board with one reason. Each is checked against the version of its card:
/// one moved meanwhile is left as it is and named in the answer, the others are rejected.
/// </summary>
public static class BulkRejectApplications
{
    public record Command : ICommand<Result>
    {
        public int OpeningId { get; set; }
        /// <summary>The ticked cards: application id and the version the card showed.</summary>
        public Dictionary<int, Guid> Versions { get; init; } = [];
        public string? Template { get; init; }
        public string? Reason { get; init; }
    }

    /// <summary><see cref="Changed"/>: the names of the candidates moved meanwhile, left where they are.</summary>
    public record Result(int Rejected, IReadOnlyList<string> Changed);

    // A board shows at most this many cards at once; a longer list is not a board's.
    private const int MaxCards = 1000;

    public class Handler(ErmDbContext db, OpeningAccess access, ApplicationVisibility visibility, IClock clock,
        IStringLocalizer<RecruitmentResource> localizer) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.OpeningId, OpeningOperations.MoveCandidates, ct);
            if (request.Versions.Count == 0) throw new Data.Shared.DomainRuleException("", "Tick the candidates to reject first.");
            if (request.Versions.Count > MaxCards) throw new Data.Shared.DomainRuleException("", "Too many candidates at once.");
            var reason = RejectionReasons.Compose(request.Template, request.Reason, localizer)
                ?? throw new Data.Shared.DomainRuleException("Reason", "Say why the application is rejected.");
            var rejected = await db.Set<OpeningStage>().FirstAsync(s => s.OpeningId == request.OpeningId && s.Kind == StageKind.Rejected, ct);

            var ids = request.Versions.Keys.ToList();
            var applications = await visibility.Visible(db.Set<JobApplication>().Where(a => a.OpeningId == request.OpeningId && ids.Contains(a.Id)))
                .Include(a => a.Stage).Include(a => a.StageVisits).Include(a => a.Candidate)
                .AsSplitQuery().ToListAsync(ct);
            var changed = new List<string>();
            var count = 0;
            foreach (var application in applications.OrderBy(a => a.Candidate.LastName).ThenBy(a => a.Candidate.FirstName))
            {
                // Moved meanwhile, or already where it would go: the person who ticked it decided on what is no longer there.
                if (application.Version != request.Versions[application.Id] || application.StageId == rejected.Id || !application.IsActive)
                {
                    changed.Add(application.Candidate.FullName);
                    continue;
                }
                db.Entry(application).Property(a => a.Version).OriginalValue = request.Versions[application.Id];
                application.MoveTo(rejected, reason, clock.UtcNow);
                count++;
            }
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(MoveApplication.Conflict); }
            return new Result(count, changed);
        }
    }
}
