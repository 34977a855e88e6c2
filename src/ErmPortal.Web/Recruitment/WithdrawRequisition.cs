using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>The manager who asked takes a requisition back while HR has not decided it.</summary>
public static class WithdrawRequisition
{
    public record Command(int Id) : ICommand;

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            // Scoped to the manager who asked: anyone else's id is "not found".
            var requisition = await db.Set<Requisition>().FirstOrDefaultAsync(r => r.Id == request.Id && r.RequestedById == user.EmployeeId, ct)
                              ?? throw new NotFoundException();
            requisition.Withdraw(clock.UtcNow);
            return Unit.Value;
        }
    }
}
