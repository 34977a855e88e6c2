using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Records;

/// <summary>HR stops an allowance on a day (its last paid day). The rows stay: what was paid remains on record.</summary>
public static class EndAllowance
{
    public record Command(int EmployeeId, int AllowanceId, DateOnly EndsOn) : ICommand;

    public class Handler(ErmDbContext db, PayAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, PayOperations.Manage, ct);
            var allowance = await db.Set<Allowance>().FirstOrDefaultAsync(a => a.Id == request.AllowanceId && a.EmployeeId == request.EmployeeId, ct)
                            ?? throw new NotFoundException();
            if (request.EndsOn < allowance.StartsOn) throw new DomainRuleException(nameof(Allowance.EndsOn), "The end cannot be before the start.");
            allowance.EndsOn = request.EndsOn;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
