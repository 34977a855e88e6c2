using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>HR's page for an opening's stages: each with its name, its message to candidates and whether it can still be removed.</summary>
public static class GetOpeningStages
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Model>;

    public record Stage(int Id, string Name, StageKind Kind, string? CandidateMessage, bool EverUsed)
    {
        /// <summary>Applied and the final stages are in every opening, in their places.</summary>
        public bool Fixed => Kind == StageKind.Applied || Kind.IsFinal();
        public bool MessageRequired => Kind is StageKind.Rejected or StageKind.Withdrawn;
    }

    public record Model(int Id, string Title, IReadOnlyList<Stage> Stages);

    public class Handler(ErmDbContext db, OpeningAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            await access.RequireAsync(request.Id, OpeningOperations.Manage, ct);
            var title = await db.Set<Opening>().Where(o => o.Id == request.Id).Select(o => o.Title).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var stages = await db.Set<OpeningStage>().Where(s => s.OpeningId == request.Id).OrderBy(s => s.Order).ThenBy(s => s.Id)
                .Select(s => new Stage(s.Id, s.Name, s.Kind, s.CandidateMessage, db.Set<JobApplication>().Any(a => a.StageId == s.Id) || db.Set<StageVisit>().Any(v => v.StageId == s.Id)))
                .ToListAsync(ct);
            return new Model(request.Id, title, stages);
        }
    }
}
