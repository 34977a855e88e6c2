using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Records;

/// <summary>
/// A form HR fills in about one person's pay. The person comes from the address; what the form shows about them (name,
/// hire date, current salary, the benefits on offer) is read before anything is sent, so the form can be shown again
/// whatever refuses it.
/// </summary>
public abstract class PayRecordForm
{
    /// <summary>From the address, so that it is known when the form is validated, before the action runs.</summary>
    [FromRoute(Name = "employeeId")]
    public int EmployeeId { get; set; }

    [BindNever]
    public PayFormContext Context { get; set; } = null!;
}

public record CurrentSalary(long AmountMinor, string Currency, PayFrequency Frequency)
{
    public long AnnualMinor => PayMath.Annualise(AmountMinor, Frequency);
}

public record OfferedBenefit(int Id, string Name, BenefitCategory Category, long MonthlyCostMinor, string Currency);

/// <summary>What every pay form shows about the person.</summary>
public record PayFormContext(int EmployeeId, string Person, DateOnly HireDate, CurrentSalary? Salary, IReadOnlyList<OfferedBenefit> Benefits, DateOnly Today)
{
    /// <summary>The currency a new amount is most likely in: the current salary's, else the demo organisation's.</summary>
    public string DefaultCurrency => Salary?.Currency ?? PayForms.DefaultCurrency;
}

/// <summary>The person a pay form is about, for HR only (never their own): anyone else is told the person does not exist.</summary>
public static class GetPayForm
{
    public record Query(int EmployeeId) : IRequest<PayFormContext>;

    public class Handler(ErmDbContext db, PayAccess access, IClock clock) : IRequestHandler<Query, PayFormContext>
    {
        public async Task<PayFormContext> Handle(Query request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, PayOperations.Manage, ct);
            var today = clock.Today;
            var person = await db.Employees.Where(e => e.Id == request.EmployeeId)
                .Select(e => new { Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.HireDate })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var salary = await db.Set<SalaryRecord>().Where(s => s.EmployeeId == request.EmployeeId && s.EffectiveOn <= today)
                .OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Id)
                .Select(s => new CurrentSalary(s.AmountMinor, s.Currency, s.Frequency)).FirstOrDefaultAsync(ct);
            var benefits = await db.Set<Benefit>().Where(b => b.IsOffered).OrderBy(b => b.Name)
                .Select(b => new OfferedBenefit(b.Id, b.Name, b.Category, b.CostFrequency == PayFrequency.Annual ? b.EmployerCostMinor / 12 : b.EmployerCostMinor, b.Currency))
                .ToListAsync(ct);
            return new PayFormContext(request.EmployeeId, person.Name, person.HireDate, salary, benefits, today);
        }
    }
}

public static class PayForms
{
    public const string DefaultCurrency = "EUR";

    /// <summary>Large enough for any pay, small enough that minor units stay far inside a long.</summary>
    public const decimal MaxAmount = 100_000_000m;

    public static IRuleBuilderOptions<T, decimal?> PositiveAmount<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.NotNull().Must(a => a is null || (a > 0 && a <= MaxAmount)).WithMessage("Give an amount greater than 0.");

    public static IRuleBuilderOptions<T, string> CurrencyCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches("^[A-Za-z]{3}$").WithMessage("Give the currency as its three-letter code, such as EUR.");

    public static string Normalised(string currency) => currency.Trim().ToUpperInvariant();

    public static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
