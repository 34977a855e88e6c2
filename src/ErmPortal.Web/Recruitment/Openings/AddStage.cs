using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>HR adds a screening, interview or offer stage to an opening, before its final stages.</summary>
public static class AddStage
{
    [RequireRole(Roles.Hr)]
    public record Command : ICommand
    {
        public int Id { get; set; }
        [Display(Name = "Stage name")]
        public string? Name { get; set; }
        [Display(Name = "Kind")]
        public StageKind Kind { get; set; } = StageKind.Interview;
    }

    public class Handler(ErmDbContext db, OpeningAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.Id, OpeningOperations.Manage, ct);
            var opening = await db.Set<Opening>().Include(o => o.Stages).FirstOrDefaultAsync(o => o.Id == request.Id, ct) ?? throw new NotFoundException();
            opening.AddStage(request.Name ?? "", request.Kind);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
