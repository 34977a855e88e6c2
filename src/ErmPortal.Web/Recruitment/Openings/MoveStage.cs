using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>HR moves a stage one place earlier or later on the board.</summary>
public static class MoveStage
{
    [RequireRole(Roles.Hr)]
    public record Command : ICommand
    {
        public int Id { get; set; }
        public int StageId { get; set; }
        public bool Earlier { get; set; }
    }

    public class Handler(ErmDbContext db, OpeningAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (opening, stage) = await StageOf.LoadAsync(db, access, request.Id, request.StageId, ct);
            opening.MoveStage(stage, request.Earlier);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
