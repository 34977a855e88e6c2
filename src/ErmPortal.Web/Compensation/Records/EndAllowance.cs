using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Compensation.Records;

/// <summary>HR stops an allowance on a day (its last paid day). The rows stay: what was paid remains on record.</summary>
public static class EndAllowance
{
    public record Command(int EmployeeId, int AllowanceId, DateOnly EndsOn) : ICommand;

    public class Handler(ErmDbContext db, PayAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await PayPeriods.EndAsync<Allowance>(db, access, request.EmployeeId, request.AllowanceId, request.EndsOn, ct);
            return Unit.Value;
        }
    }
}
