using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Compensation.Records;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Benefits;

/// <summary>What HR writes about a benefit in the catalogue, new or edited.</summary>
public abstract record BenefitForm
{
    [Display(Name = "Name")]
    public string Name { get; set; } = "";
    [Display(Name = "Category")]
    public BenefitCategory Category { get; set; } = BenefitCategory.Health;
    [Display(Name = "Description")]
    public string? Description { get; set; }
    [Display(Name = "Employer cost per person")]
    public decimal? EmployerCost { get; set; }
    [Display(Name = "Currency")]
    public string Currency { get; set; } = PayForms.DefaultCurrency;
    [Display(Name = "Cost per")]
    public PayFrequency CostFrequency { get; set; } = PayFrequency.Monthly;

    /// <summary>A benefit's cost is stated by the month or by the year.</summary>
    public static readonly PayFrequency[] CostFrequencies = [PayFrequency.Monthly, PayFrequency.Annual];

    public void ApplyTo(Benefit benefit)
    {
        benefit.Name = Name.Trim();
        benefit.Category = Category;
        benefit.Description = PayForms.Tidy(Description);
        benefit.EmployerCostMinor = PayMath.Minor(EmployerCost!.Value);
        benefit.Currency = PayForms.Normalised(Currency);
        benefit.CostFrequency = CostFrequency;
    }

    protected void Fill(Benefit benefit) =>
        (Name, Category, Description, EmployerCost, Currency, CostFrequency) =
        (benefit.Name, benefit.Category, benefit.Description, PayMath.Major(benefit.EmployerCostMinor), benefit.Currency, benefit.CostFrequency);
}

public abstract class BenefitFormValidator<T> : AbstractValidator<T> where T : BenefitForm
{
    /// <param name="benefitOf">The benefit being edited; none for a new one.</param>
    protected BenefitFormValidator(ErmDbContext db, Func<T, int?> benefitOf)
    {
        RuleFor(b => b.Name).NotEmpty().MaximumLength(120);
        RuleFor(b => b.Name).MustAsync(async (form, name, ct) =>
            {
                var trimmed = name.Trim();
                var id = benefitOf(form);
                return !await db.Set<Benefit>().AnyAsync(b => b.Name == trimmed && b.Id != id, ct);
            })
            .When(b => !string.IsNullOrWhiteSpace(b.Name))
            .WithMessage("Another benefit already has this name.");
        RuleFor(b => b.Category).IsInEnum();
        RuleFor(b => b.Description).MaximumLength(1000);
        RuleFor(b => b.EmployerCost).NotNull().Must(c => c is null || (c >= 0 && c <= PayForms.MaxAmount))
            .WithMessage("Give the employer's cost, 0 or more.");
        RuleFor(b => b.Currency).CurrencyCode();
        RuleFor(b => b.CostFrequency).Must(f => BenefitForm.CostFrequencies.Contains(f)).WithMessage("Give the cost by the month or by the year.");
    }
}
