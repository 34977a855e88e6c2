using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Records;

/// <summary>HR ends a person's membership of a benefit on a day (the last day covered); the enrolment stays in their history.</summary>
public static class EndEnrolment
{
    public record Command(int EmployeeId, int EnrolmentId, DateOnly EndsOn) : ICommand;

    public class Handler(ErmDbContext db, PayAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, PayOperations.Manage, ct);
            var enrolment = await db.Set<BenefitEnrolment>().FirstOrDefaultAsync(e => e.Id == request.EnrolmentId && e.EmployeeId == request.EmployeeId, ct)
                            ?? throw new NotFoundException();
            if (request.EndsOn < enrolment.StartsOn) throw new DomainRuleException(nameof(BenefitEnrolment.EndsOn), "The end cannot be before the start.");
            enrolment.EndsOn = request.EndsOn;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
