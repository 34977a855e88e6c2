using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>A department's budget as the form shows it: empty leaves the department out of the cycle.</summary>
public record BudgetRow
{
    public int DepartmentId { get; set; }
    [BindNever, ValidateNever]
    public string DepartmentName { get; set; } = "";
    public decimal? Percent { get; set; }
}

/// <summary>One cell of the merit guideline as the form shows it, in percent.</summary>
public record GuidelineRow
{
    public int Rating { get; set; }
    public BandQuarter Quarter { get; set; }
    public decimal Minimum { get; set; }
    public decimal Maximum { get; set; }
}

/// <summary>What HR writes about a compensation cycle before opening it, when it is created and when it is edited.</summary>
public abstract record CompensationCycleForm
{
    public const decimal MaximumBudgetPercent = 20;

    [Display(Name = "Name")]
    public string Name { get; set; } = "";
    [Display(Name = "Currency of the cycle")]
    public string Currency { get; set; } = "EUR";
    [Display(Name = "Raises take effect on")]
    public DateOnly? EffectiveOn { get; set; }
    [Display(Name = "Proposals due by")]
    public DateOnly? ProposalsDueOn { get; set; }
    [Display(Name = "Leave out people hired on or after")]
    public DateOnly? HiredBefore { get; set; }
    public List<BudgetRow> Budgets { get; set; } = [];
    public List<GuidelineRow> Guideline { get; set; } = [];

    /// <summary>A row per department and a cell per rating and band quarter, keeping what was posted.</summary>
    public async Task PrepareRowsAsync(ErmDbContext db, CancellationToken ct)
    {
        var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        Budgets = departments.Select(d => (Budgets.FirstOrDefault(b => b.DepartmentId == d.Id) ?? new BudgetRow { DepartmentId = d.Id }) with { DepartmentName = d.Name })
            .ToList();
        var defaults = MeritGuideline.Default();
        Guideline = defaults.Select(cell => Guideline.FirstOrDefault(g => g.Rating == cell.Rating && g.Quarter == cell.Quarter)
                                           ?? new GuidelineRow { Rating = cell.Rating, Quarter = cell.Quarter, Minimum = cell.MinimumBasisPoints / 100m, Maximum = cell.MaximumBasisPoints / 100m })
            .OrderBy(g => g.Rating).ThenBy(g => g.Quarter).ToList();
    }

    public void Fill(CompensationCycle cycle)
    {
        Name = cycle.Name;
        Currency = cycle.Currency;
        EffectiveOn = cycle.EffectiveOn;
        ProposalsDueOn = cycle.ProposalsDueOn;
        HiredBefore = cycle.HiredBefore;
        Budgets = cycle.Budgets.Select(b => new BudgetRow { DepartmentId = b.DepartmentId, Percent = b.Percent }).ToList();
        Guideline = cycle.Guideline.Select(g => new GuidelineRow { Rating = g.Rating, Quarter = g.Quarter, Minimum = g.MinimumBasisPoints / 100m, Maximum = g.MaximumBasisPoints / 100m }).ToList();
    }

    /// <summary>Writes the form onto a draft: its budgets and guideline are replaced by what the form says now.</summary>
    public void ApplyTo(CompensationCycle cycle)
    {
        cycle.Name = Name.Trim();
        cycle.Currency = Currency.Trim().ToUpperInvariant();
        cycle.EffectiveOn = EffectiveOn!.Value;
        cycle.ProposalsDueOn = ProposalsDueOn!.Value;
        cycle.HiredBefore = HiredBefore!.Value;
        cycle.Budgets.Clear();
        cycle.Budgets.AddRange(Budgets.Where(b => b.Percent is not null).Select(b => new DepartmentBudget
        {
            DepartmentId = b.DepartmentId, PercentBasisPoints = (int)Math.Round(b.Percent!.Value * 100, MidpointRounding.AwayFromZero),
        }));
        cycle.Guideline.Clear();
        cycle.Guideline.AddRange(Guideline.Select(g => new GuidelineCell
        {
            Rating = g.Rating, Quarter = g.Quarter,
            MinimumBasisPoints = (int)Math.Round(g.Minimum * 100, MidpointRounding.AwayFromZero),
            MaximumBasisPoints = (int)Math.Round(g.Maximum * 100, MidpointRounding.AwayFromZero),
        }));
    }
}

/// <summary>Fills a cycle form's rows (every department, every guideline cell) around what was posted, for showing it.</summary>
public record PrepareCycleForm(CompensationCycleForm Form) : MediatR.IRequest<CompensationCycleForm>;

public class PrepareCycleFormHandler(ErmDbContext db) : MediatR.IRequestHandler<PrepareCycleForm, CompensationCycleForm>
{
    public async Task<CompensationCycleForm> Handle(PrepareCycleForm request, CancellationToken ct)
    {
        await request.Form.PrepareRowsAsync(db, ct);
        return request.Form;
    }
}

public class CompensationCycleFormValidator<T> : AbstractValidator<T> where T : CompensationCycleForm
{
    public CompensationCycleFormValidator(ErmDbContext db)
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Give the cycle a name.").MaximumLength(120);
        RuleFor(c => c.Currency).Matches("^[A-Za-z]{3}$").WithMessage("Use a three-letter currency code, such as EUR.");
        RuleFor(c => c.EffectiveOn).NotNull().WithMessage("Choose the day raises take effect.");
        RuleFor(c => c.ProposalsDueOn).NotNull().WithMessage("Choose the day proposals are due.")
            .LessThanOrEqualTo(c => c.EffectiveOn).When(c => c.EffectiveOn is not null).WithMessage("Proposals are due on or before the day raises take effect.");
        RuleFor(c => c.HiredBefore).NotNull().WithMessage("Choose the hiring cut-off.")
            .LessThanOrEqualTo(c => c.EffectiveOn).When(c => c.EffectiveOn is not null).WithMessage("The cut-off is on or before the day raises take effect.");
        RuleFor(c => c.Budgets).Must(b => b.Any(r => r.Percent is not null)).WithMessage("Give at least one department a budget.");
        RuleForEach(c => c.Budgets).ChildRules(row => row.RuleFor(r => r.Percent)
            .InclusiveBetween(0, CompensationCycleForm.MaximumBudgetPercent).WithMessage("A budget is between 0% and 20% of payroll."));
        RuleFor(c => c.Budgets).MustAsync(async (rows, ct) =>
        {
            var ids = rows.Select(r => r.DepartmentId).ToList();
            return await db.Departments.CountAsync(d => ids.Contains(d.Id), ct) == ids.Distinct().Count();
        }).WithMessage("A department in the list no longer exists. Open the form again.");
        RuleForEach(c => c.Guideline).ChildRules(cell =>
        {
            cell.RuleFor(g => g.Minimum).InclusiveBetween(0, 50).WithMessage("A raise is between 0% and 50%.");
            cell.RuleFor(g => g.Maximum).InclusiveBetween(0, 50).WithMessage("A raise is between 0% and 50%.")
                .GreaterThanOrEqualTo(g => g.Minimum).WithMessage("The highest raise is at least the lowest.");
        });
    }
}
