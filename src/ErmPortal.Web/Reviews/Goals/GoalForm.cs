using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Goals;

/// <summary>What the person or their manager writes about a goal, when it is added and when it is edited.</summary>
public abstract class GoalForm
{
    [Display(Name = "Goal")]
    public string Title { get; set; } = "";
    [Display(Name = "How it is measured")]
    public string? Measure { get; set; }
    [Display(Name = "Target date")]
    public DateOnly? TargetDate { get; set; }
    [Display(Name = "Weight (%)")]
    public int Weight { get; set; }
    [Display(Name = "Supports the manager's goal")]
    public int? AlignedToGoalId { get; set; }

    public void ApplyTo(PerformanceGoal goal)
    {
        goal.Title = Title.Trim();
        goal.Measure = string.IsNullOrWhiteSpace(Measure) ? null : Measure.Trim();
        goal.TargetDate = TargetDate!.Value;
        goal.Weight = Weight;
        goal.AlignedToGoalId = AlignedToGoalId;
    }

    protected void Fill(PerformanceGoal goal) =>
        (Title, Measure, TargetDate, Weight, AlignedToGoalId) = (goal.Title, goal.Measure, goal.TargetDate, goal.Weight, goal.AlignedToGoalId);
}

/// <summary>A goal of the manager's that a goal may support.</summary>
public record AlignmentOption(int Id, string Title, DateOnly TargetDate);

/// <summary>
/// What a goal form needs about the person (their name) and what it may align to: the open goals of the person's
/// current direct manager, so a goal always supports something the manager is still working on.
/// </summary>
public class GoalForms(ErmDbContext db)
{
    public record Heading(string Person, int? ManagerId);

    public async Task<Heading> HeadingAsync(int employeeId, CancellationToken ct) =>
        await db.Employees.Where(e => e.Id == employeeId)
            .Select(e => new Heading((e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.ManagerId))
            .FirstOrDefaultAsync(ct) ?? throw new Infrastructure.Mediator.NotFoundException();

    /// <summary>The manager's open goals, and the one the goal already supports even if it has closed since, so editing keeps it.</summary>
    public async Task<IReadOnlyList<AlignmentOption>> AlignmentsAsync(int? managerId, int? current, CancellationToken ct) =>
        managerId is not { } manager ? [] : await db.Set<PerformanceGoal>()
            .Where(g => g.EmployeeId == manager && (!PerformanceGoal.Closed.Contains(g.Status) || g.Id == current))
            .OrderBy(g => g.TargetDate).ThenBy(g => g.Title)
            .Select(g => new AlignmentOption(g.Id, g.Title, g.TargetDate))
            .ToListAsync(ct);

    /// <summary>
    /// Whether a goal of the person (<paramref name="goalId"/>, none for a new one) may support <paramref name="alignedToGoalId"/>:
    /// one of the manager's open goals, or the goal it already supports.
    /// </summary>
    public async Task<bool> IsAlignableAsync(int employeeId, int? goalId, int? alignedToGoalId, CancellationToken ct)
    {
        if (alignedToGoalId is not { } chosen) return true;
        var current = goalId is { } id
            ? await db.Set<PerformanceGoal>().Where(g => g.Id == id && g.EmployeeId == employeeId).Select(g => g.AlignedToGoalId).FirstOrDefaultAsync(ct)
            : null;
        var managerId = await db.Employees.Where(e => e.Id == employeeId).Select(e => e.ManagerId).FirstOrDefaultAsync(ct);
        return chosen == current || (await AlignmentsAsync(managerId, current, ct)).Any(o => o.Id == chosen);
    }
}

public abstract class GoalFormValidator<T> : AbstractValidator<T> where T : GoalForm
{
    /// <summary>The person whose goal it is and the goal (none for a new one), for the alignment rule.</summary>
    protected GoalFormValidator(GoalForms forms, Func<T, int> employeeOf, Func<T, int?> goalOf)
    {
        RuleFor(g => g.Title).NotEmpty().MaximumLength(200);
        RuleFor(g => g.Measure).MaximumLength(1000);
        RuleFor(g => g.TargetDate).NotNull();
        RuleFor(g => g.Weight).InclusiveBetween(0, 100).WithMessage("Give a weight from 0 to 100.");
        RuleFor(g => g.AlignedToGoalId).MustAsync((form, aligned, ct) => forms.IsAlignableAsync(employeeOf(form), goalOf(form), aligned, ct))
            .WithMessage("Choose one of the manager's open goals.");
    }
}
