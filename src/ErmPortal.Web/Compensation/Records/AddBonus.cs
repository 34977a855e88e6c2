using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;

namespace ErmPortal.Web.Compensation.Records;

/// <summary>HR records a one-off payment to a person.</summary>
public static class AddBonus
{
    public class Command : PayRecordForm, ICommand<int>
    {
        [Display(Name = "Paid on")]
        public DateOnly? PaidOn { get; set; }
        [Display(Name = "Kind of bonus")]
        public BonusKind Kind { get; set; } = BonusKind.Performance;
        [Display(Name = "Amount")]
        public decimal? Amount { get; set; }
        [Display(Name = "Currency")]
        public string Currency { get; set; } = "";
        [Display(Name = "Note")]
        public string? Note { get; set; }

        public static Command For(PayFormContext context) =>
            new() { EmployeeId = context.EmployeeId, Context = context, PaidOn = context.Today, Currency = context.DefaultCurrency };
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PaidOn).NotNull();
            RuleFor(c => c.Kind).IsInEnum();
            RuleFor(c => c.Amount).PositiveAmount();
            RuleFor(c => c.Currency).CurrencyCode();
            RuleFor(c => c.Note).MaximumLength(500);
        }
    }

    public class Handler(ErmDbContext db, PayAccess access, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, PayOperations.Manage, ct);
            var bonus = new Bonus
            {
                EmployeeId = request.EmployeeId, PaidOn = request.PaidOn!.Value, Kind = request.Kind, AmountMinor = PayMath.Minor(request.Amount!.Value),
                Currency = PayForms.Normalised(request.Currency), Note = PayForms.Tidy(request.Note), CreatedAtUtc = clock.UtcNow,
            };
            db.Add(bonus);
            await db.SaveChangesAsync(ct);
            return bonus.Id;
        }
    }
}
