using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Records;

/// <summary>
/// HR writes a new salary for a person from a day. A change dated today or earlier is in force at once and announced
/// in the same transaction; one dated later waits for its day, when the job announces it.
/// </summary>
public static class RecordSalaryChange
{
    public class Command : PayRecordForm, ICommand<int>
    {
        [Display(Name = "Effective on")]
        public DateOnly? EffectiveOn { get; set; }
        [Display(Name = "Amount")]
        public decimal? Amount { get; set; }
        [Display(Name = "Currency")]
        public string Currency { get; set; } = "";
        [Display(Name = "Paid")]
        public PayFrequency Frequency { get; set; } = PayFrequency.Annual;
        [Display(Name = "Reason")]
        public SalaryChangeReason Reason { get; set; } = SalaryChangeReason.Merit;
        [Display(Name = "Note")]
        public string? Note { get; set; }

        /// <summary>A new form starts from the current salary's currency and frequency, effective today.</summary>
        public static Command For(PayFormContext context) => new()
        {
            EmployeeId = context.EmployeeId, Context = context, EffectiveOn = context.Today, Currency = context.DefaultCurrency,
            Frequency = context.Salary?.Frequency ?? PayFrequency.Annual, Reason = context.Salary is null ? SalaryChangeReason.Hire : SalaryChangeReason.Merit,
        };
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(ErmDbContext db)
        {
            RuleFor(c => c.EffectiveOn).NotNull()
                .MustAsync(async (command, day, ct) => day is null
                    || await db.Employees.Where(e => e.Id == command.EmployeeId).Select(e => (DateOnly?)e.HireDate).FirstOrDefaultAsync(ct) is not { } hired
                    || day >= hired)
                .WithMessage("A salary cannot take effect before the hire date.");
            RuleFor(c => c.Amount).PositiveAmount();
            RuleFor(c => c.Currency).CurrencyCode();
            RuleFor(c => c.Frequency).IsInEnum();
            RuleFor(c => c.Reason).IsInEnum();
            RuleFor(c => c.Note).MaximumLength(500);
        }
    }

    public class Handler(ErmDbContext db, PayAccess access, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, PayOperations.Manage, ct);
            var today = clock.Today;
            var record = new SalaryRecord
            {
                EmployeeId = request.EmployeeId, EffectiveOn = request.EffectiveOn!.Value, AmountMinor = PayMath.Minor(request.Amount!.Value),
                Currency = PayForms.Normalised(request.Currency), Frequency = request.Frequency, Reason = request.Reason,
                Note = PayForms.Tidy(request.Note), CreatedAtUtc = clock.UtcNow,
            };
            db.Add(record);
            // In force already: announced now, with the salary it replaces, so the timeline and the person hear of it in
            // this transaction. The new record is the last written, so it follows every record of its day in the history.
            if (record.EffectiveOn <= today)
            {
                var history = await db.Set<SalaryRecord>().AsNoTracking().Where(s => s.EmployeeId == request.EmployeeId).ToListAsync(ct);
                record.Apply(today, SalaryHistory.Before(history.Append(record), record));
            }
            await db.SaveChangesAsync(ct);
            return record.Id;
        }
    }
}
