using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>HR renames a stage and writes what candidates are told on entering it.</summary>
public static class ChangeStage
{
    [RequireRole(Roles.Hr)]
    public record Command : ICommand
    {
        public int Id { get; set; }
        public int StageId { get; set; }
        [Display(Name = "Stage name")]
        public string? Name { get; set; }
        [Display(Name = "Message to the candidate")]
        public string? CandidateMessage { get; set; }
    }

    public class Handler(ErmDbContext db, OpeningAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (opening, stage) = await StageOf.LoadAsync(db, access, request.Id, request.StageId, ct);
            opening.ChangeStage(stage, request.Name ?? "", request.CandidateMessage);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}

/// <summary>An opening HR manages, with its stages, and one of them by id: another opening's stage is "not found".</summary>
internal static class StageOf
{
    public static async Task<(Opening Opening, OpeningStage Stage)> LoadAsync(ErmDbContext db, OpeningAccess access, int openingId, int stageId,
        CancellationToken ct)
    {
        await access.RequireAsync(openingId, OpeningOperations.Manage, ct);
        var opening = await db.Set<Opening>().Include(o => o.Stages).FirstOrDefaultAsync(o => o.Id == openingId, ct) ?? throw new NotFoundException();
        return (opening, opening.Stages.FirstOrDefault(s => s.Id == stageId) ?? throw new NotFoundException());
    }
}
