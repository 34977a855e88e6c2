using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Compensation.Records;

/// <summary>HR ends a person's membership of a benefit on a day (the last day covered); the enrolment stays in their history.</summary>
public static class EndEnrolment
{
    public record Command(int EmployeeId, int EnrolmentId, DateOnly EndsOn) : ICommand;

    public class Handler(ErmDbContext db, PayAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await PayPeriods.EndAsync<BenefitEnrolment>(db, access, request.EmployeeId, request.EnrolmentId, request.EndsOn, ct);
            return Unit.Value;
        }
    }
}
