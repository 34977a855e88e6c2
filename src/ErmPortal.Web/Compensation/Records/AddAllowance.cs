using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;

namespace ErmPortal.Web.Compensation.Records;

/// <summary>HR grants a person a monthly allowance from a day, until another or until further notice.</summary>
public static class AddAllowance
{
    public class Command : PayRecordForm, ICommand<int>
    {
        [Display(Name = "Kind of allowance")]
        public AllowanceKind Kind { get; set; } = AllowanceKind.RemoteWork;
        [Display(Name = "Monthly amount")]
        public decimal? MonthlyAmount { get; set; }
        [Display(Name = "Currency")]
        public string Currency { get; set; } = "";
        [Display(Name = "Starts on")]
        public DateOnly? StartsOn { get; set; }
        [Display(Name = "Ends on")]
        public DateOnly? EndsOn { get; set; }
        [Display(Name = "Note")]
        public string? Note { get; set; }

        public static Command For(PayFormContext context) =>
            new() { EmployeeId = context.EmployeeId, Context = context, StartsOn = context.Today, Currency = context.DefaultCurrency };
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).IsInEnum();
            RuleFor(c => c.MonthlyAmount).PositiveAmount();
            RuleFor(c => c.Currency).CurrencyCode();
            RuleFor(c => c.StartsOn).NotNull();
            RuleFor(c => c.EndsOn).Must((c, end) => end is null || c.StartsOn is null || end >= c.StartsOn)
                .WithMessage("The end cannot be before the start.");
            RuleFor(c => c.Note).MaximumLength(500);
        }
    }

    public class Handler(ErmDbContext db, PayAccess access) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, PayOperations.Manage, ct);
            var allowance = new Allowance
            {
                EmployeeId = request.EmployeeId, Kind = request.Kind, MonthlyAmountMinor = PayMath.Minor(request.MonthlyAmount!.Value),
                Currency = PayForms.Normalised(request.Currency), StartsOn = request.StartsOn!.Value, EndsOn = request.EndsOn, Note = PayForms.Tidy(request.Note),
            };
            db.Add(allowance);
            await db.SaveChangesAsync(ct);
            return allowance.Id;
        }
    }
}
