using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Compensation.Records;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Bands;

/// <summary>What HR writes about a band, new or edited: annual amounts in the currency's major unit.</summary>
public abstract record BandForm
{
    public const int LowestLevel = 1;
    public const int HighestLevel = 10;

    [Display(Name = "Level")]
    public int? Level { get; set; }
    [Display(Name = "Currency")]
    public string Currency { get; set; } = PayForms.DefaultCurrency;
    [Display(Name = "Minimum a year")]
    public decimal? Minimum { get; set; }
    [Display(Name = "Midpoint a year")]
    public decimal? Midpoint { get; set; }
    [Display(Name = "Maximum a year")]
    public decimal? Maximum { get; set; }

    public void ApplyTo(PayBand band)
    {
        band.Level = Level!.Value;
        band.Currency = PayForms.Normalised(Currency);
        band.MinimumMinor = PayMath.Minor(Minimum!.Value);
        band.MidpointMinor = PayMath.Minor(Midpoint!.Value);
        band.MaximumMinor = PayMath.Minor(Maximum!.Value);
    }

    protected void Fill(PayBand band) =>
        (Level, Currency, Minimum, Midpoint, Maximum) = (band.Level, band.Currency, PayMath.Major(band.MinimumMinor), PayMath.Major(band.MidpointMinor), PayMath.Major(band.MaximumMinor));
}

public abstract class BandFormValidator<T> : AbstractValidator<T> where T : BandForm
{
    /// <param name="bandOf">The band being edited; none for a new one.</param>
    protected BandFormValidator(ErmDbContext db, Func<T, int?> bandOf)
    {
        RuleFor(b => b.Level).NotNull().InclusiveBetween(BandForm.LowestLevel, BandForm.HighestLevel).WithMessage("Give a level from 1 to 10.");
        RuleFor(b => b.Currency).CurrencyCode();
        RuleFor(b => b.Minimum).PositiveAmount();
        RuleFor(b => b.Midpoint).PositiveAmount();
        RuleFor(b => b.Maximum).PositiveAmount();
        RuleFor(b => b.Midpoint).Must((b, mid) => b.Minimum is not { } min || b.Maximum is not { } max || mid is null || (min <= mid && mid <= max))
            .WithMessage("The midpoint must lie between the minimum and the maximum.");
        RuleFor(b => b.Maximum).Must((b, max) => b.Minimum is not { } min || max is null || min <= max)
            .WithMessage("The maximum cannot be below the minimum.");
        RuleFor(b => b.Level).MustAsync(async (form, level, ct) =>
            {
                if (level is null || string.IsNullOrWhiteSpace(form.Currency)) return true;
                var currency = PayForms.Normalised(form.Currency);
                var id = bandOf(form);
                return !await db.Set<PayBand>().AnyAsync(b => b.Level == level && b.Currency == currency && b.Id != id, ct);
            })
            .WithMessage("This level already has a band in this currency: edit that band instead.");
    }
}
