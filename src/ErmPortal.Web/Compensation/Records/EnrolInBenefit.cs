using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Records;

/// <summary>
/// HR enrols a person in a benefit the organisation still offers, from a day until further notice. A person is in a
/// benefit once at a time: an enrolment that has not ended by the new start day must be ended first.
/// </summary>
public static class EnrolInBenefit
{
    public class Command : PayRecordForm, ICommand<int>
    {
        [Display(Name = "Benefit")]
        public int? BenefitId { get; set; }
        [Display(Name = "Starts on")]
        public DateOnly? StartsOn { get; set; }

        public static Command For(PayFormContext context) => new() { EmployeeId = context.EmployeeId, Context = context, StartsOn = context.Today };
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.BenefitId).NotNull();
            RuleFor(c => c.StartsOn).NotNull();
        }
    }

    public class Handler(ErmDbContext db, PayAccess access) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, PayOperations.Manage, ct);
            var startsOn = request.StartsOn!.Value;
            if (!await db.Set<Benefit>().AnyAsync(b => b.Id == request.BenefitId && b.IsOffered, ct))
                throw new DomainRuleException(nameof(Command.BenefitId), "Choose one of the benefits on offer.");
            // The new enrolment runs from its start with no end, so any enrolment in the benefit still running on that day overlaps it.
            if (await db.Set<BenefitEnrolment>().AnyAsync(e => e.EmployeeId == request.EmployeeId && e.BenefitId == request.BenefitId
                                                               && (e.EndsOn == null || e.EndsOn >= startsOn), ct))
                throw new DomainRuleException(nameof(Command.BenefitId), "Already enrolled in this benefit on those dates: end that enrolment first.");
            var enrolment = new BenefitEnrolment { EmployeeId = request.EmployeeId, BenefitId = request.BenefitId!.Value, StartsOn = startsOn };
            db.Add(enrolment);
            await db.SaveChangesAsync(ct);
            return enrolment.Id;
        }
    }
}
