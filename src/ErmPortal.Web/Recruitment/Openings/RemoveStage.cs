using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>HR removes a stage that no application is in or has been through.</summary>
public static class RemoveStage
{
    [RequireRole(Roles.Hr)]
    public record Command : ICommand
    {
        public int Id { get; set; }
        public int StageId { get; set; }
    }

    /// <summary>An application is in the stage, or its history says it was: the stage is part of someone's record.</summary>
    private static async Task<bool> EverUsedAsync(ErmDbContext db, int stageId, CancellationToken ct) =>
        await db.Set<JobApplication>().AnyAsync(a => a.StageId == stageId, ct) || await db.Set<StageVisit>().AnyAsync(v => v.StageId == stageId, ct);

    public class Handler(ErmDbContext db, OpeningAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (opening, stage) = await StageOf.LoadAsync(db, access, request.Id, request.StageId, ct);
            opening.RemoveStage(stage, await EverUsedAsync(db, stage.Id, ct));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
