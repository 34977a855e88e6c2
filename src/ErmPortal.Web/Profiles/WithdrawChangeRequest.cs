using ErmPortal.Data;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

public static class WithdrawChangeRequest
{
    public record Command(int Id) : ICommand;

    public class Handler(ErmDbContext db, ICurrentUser user, ChangeRequestAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            // Scoped to the requester in the query, and checked by the rules: someone else's id is "not found".
            var changeRequest = await db.ChangeRequests.Include(r => r.Items)
                .FirstOrDefaultAsync(r => r.Id == request.Id && r.EmployeeId == user.EmployeeId, ct) ?? throw new NotFoundException();
            await access.RequireAsync(changeRequest.Id, changeRequest.EmployeeId, ChangeRequestOperations.Withdraw, ct);
            changeRequest.Withdraw(clock.UtcNow);
            return Unit.Value;
        }
    }
}
