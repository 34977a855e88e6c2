using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>One level of the rating scale as the form shows it: its value is its place in the list.</summary>
public record LevelRow
{
    public string? Label { get; set; }
    public int GuidelinePercent { get; set; }
}

/// <summary>The deadline of one phase as the form shows it.</summary>
public record DeadlineRow
{
    public ReviewPhase Phase { get; set; }
    public DateOnly? DueOn { get; set; }
}

/// <summary>What HR writes about a cycle before launching it, when it is created and when it is edited.</summary>
public abstract record CycleForm
{
    public const int MaxLevels = 7;
    public const int MinLevels = 3;
    public const int MaxCompetencies = 12;
    public const int MaxPeople = 500;

    [Display(Name = "Name")]
    public string Name { get; set; } = "";
    [Display(Name = "Period start")]
    public DateOnly? PeriodStart { get; set; }
    [Display(Name = "Period end")]
    public DateOnly? PeriodEnd { get; set; }
    [Display(Name = "Who is in it")]
    public ReviewCycleScope Scope { get; set; }
    [Display(Name = "Departments")]
    public List<int> DepartmentIds { get; set; } = [];
    /// <summary>Work emails, one per line or separated by commas, as HR copies them from a list.</summary>
    [Display(Name = "People")]
    public string? PeopleEmails { get; set; }
    [Display(Name = "Leave out people hired after")]
    public DateOnly? HiredOnOrBefore { get; set; }
    [Display(Name = "With 360° feedback from peers")]
    public bool IncludesPeerFeedback { get; set; }
    /// <summary>One per line: the competencies every review of the cycle rates.</summary>
    [Display(Name = "Competencies")]
    public string? Competencies { get; set; }
    public List<LevelRow> Levels { get; set; } = [];
    public List<DeadlineRow> Deadlines { get; set; } = [];

    /// <summary>The departments to choose from, for the form to show; never posted.</summary>
    [BindNever, ValidateNever]
    public IReadOnlyList<(int Id, string Name)> DepartmentChoices { get; set; } = [];

    public IReadOnlyList<string> Emails => (PeopleEmails ?? "").Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public IReadOnlyList<string> CompetencyNames => (Competencies ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The levels HR filled in; the empty rows the form offered for a longer scale are left out.</summary>
    public IReadOnlyList<LevelRow> KeptLevels => Levels.Where(l => !string.IsNullOrWhiteSpace(l.Label)).ToList();

    /// <summary>The phases that need a deadline: peer feedback only in a cycle with 360° feedback.</summary>
    public IEnumerable<DeadlineRow> NeededDeadlines => Deadlines.Where(d => d.Phase != ReviewPhase.PeerFeedback || IncludesPeerFeedback);

    /// <summary>
    /// A row per working phase (peer feedback included, shown or hidden by the 360° box) and the levels with room for a
    /// longer scale, keeping what was posted.
    /// </summary>
    public void PrepareRows()
    {
        var phases = Enum.GetValues<ReviewPhase>().Where(p => p is not (ReviewPhase.Draft or ReviewPhase.Closed));
        Deadlines = phases.Select(p => Deadlines.FirstOrDefault(d => d.Phase == p) ?? new DeadlineRow { Phase = p }).ToList();
        while (Levels.Count < MaxLevels) Levels.Add(new LevelRow());
    }

    /// <summary>A new cycle's form: the default scale and competencies, the coming year, deadlines left to HR.</summary>
    protected void FillDefaults(DateOnly today)
    {
        var year = today.Month >= 10 ? today.Year + 1 : today.Year;
        (PeriodStart, PeriodEnd) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        Levels = ReviewCycle.DefaultScale.Select(l => new LevelRow { Label = l.Label, GuidelinePercent = l.GuidelinePercent }).ToList();
        Competencies = string.Join('\n', DefaultCompetencies);
    }

    public static readonly string[] DefaultCompetencies = ["Quality of work", "Collaboration", "Communication", "Ownership", "Learning and growth"];

    /// <summary>The form as it shows a cycle that exists.</summary>
    protected void Fill(ReviewCycle cycle, IEnumerable<string> emails)
    {
        (Name, PeriodStart, PeriodEnd, Scope, HiredOnOrBefore, IncludesPeerFeedback) =
            (cycle.Name, cycle.PeriodStart, cycle.PeriodEnd, cycle.Scope, cycle.HiredOnOrBefore, cycle.IncludesPeerFeedback);
        DepartmentIds = cycle.ScopeEntries.Where(e => e.DepartmentId != null).Select(e => e.DepartmentId!.Value).ToList();
        PeopleEmails = string.Join('\n', emails);
        Competencies = string.Join('\n', cycle.Competencies.OrderBy(c => c.SortOrder).Select(c => c.Name));
        Levels = cycle.RatingLevels.OrderBy(l => l.Value).Select(l => new LevelRow { Label = l.Label, GuidelinePercent = l.GuidelinePercent }).ToList();
        Deadlines = cycle.Deadlines.Select(d => new DeadlineRow { Phase = d.Phase, DueOn = d.DueOn }).ToList();
    }

    /// <summary>
    /// Writes the form onto the cycle. The levels and deadlines keep their rows where they stay (their keys are unique per
    /// cycle); the competencies and scope are written afresh, as nothing points at them before launch.
    /// </summary>
    public void ApplyTo(ReviewCycle cycle, IReadOnlyList<int> peopleIds)
    {
        cycle.Name = Name.Trim();
        cycle.PeriodStart = PeriodStart!.Value;
        cycle.PeriodEnd = PeriodEnd!.Value;
        cycle.Scope = Scope;
        cycle.HiredOnOrBefore = HiredOnOrBefore;
        cycle.IncludesPeerFeedback = IncludesPeerFeedback;

        var levels = KeptLevels;
        cycle.RatingLevels.RemoveAll(l => l.Value > levels.Count);
        foreach (var (row, value) in levels.Select((row, i) => (row, i + 1)))
        {
            var level = cycle.RatingLevels.FirstOrDefault(l => l.Value == value);
            if (level is null) cycle.RatingLevels.Add(level = new ReviewRatingLevel { Value = value, Label = "" });
            (level.Label, level.GuidelinePercent) = (row.Label!.Trim(), row.GuidelinePercent);
        }

        var deadlines = NeededDeadlines.ToList();
        cycle.Deadlines.RemoveAll(d => deadlines.All(n => n.Phase != d.Phase));
        foreach (var row in deadlines)
        {
            var deadline = cycle.Deadlines.FirstOrDefault(d => d.Phase == row.Phase);
            if (deadline is null) cycle.Deadlines.Add(deadline = new ReviewPhaseDeadline { Phase = row.Phase });
            deadline.DueOn = row.DueOn!.Value;
        }

        cycle.Competencies.Clear();
        cycle.Competencies.AddRange(CompetencyNames.Select((name, i) => new ReviewCompetency { Name = name, SortOrder = i }));
        cycle.ScopeEntries.Clear();
        cycle.ScopeEntries.AddRange(Scope switch
        {
            ReviewCycleScope.Departments => DepartmentIds.Distinct().Select(id => new ReviewCycleScopeEntry { DepartmentId = id }),
            ReviewCycleScope.People => peopleIds.Select(id => new ReviewCycleScopeEntry { EmployeeId = id }),
            _ => [],
        });
    }

    /// <summary>The people the form names, by work email, among those who have not left.</summary>
    public async Task<List<int>> PeopleIdsAsync(ErmDbContext db, CancellationToken ct)
    {
        if (Scope != ReviewCycleScope.People) return [];
        var emails = Emails.Select(e => e.ToLowerInvariant()).ToList();
        return await db.Employees.Where(e => emails.Contains(e.WorkEmail.ToLower()) && e.Status != EmployeeStatus.Left).Select(e => e.Id).ToListAsync(ct);
    }

}

/// <summary>The departments HR chooses a cycle's scope from.</summary>
public record GetCycleChoices : MediatR.IRequest<IReadOnlyList<(int Id, string Name)>>
{
    public class Handler(ErmDbContext db) : MediatR.IRequestHandler<GetCycleChoices, IReadOnlyList<(int Id, string Name)>>
    {
        public async Task<IReadOnlyList<(int Id, string Name)>> Handle(GetCycleChoices request, CancellationToken ct) =>
            (await db.Departments.OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct)).Select(d => (d.Id, d.Name)).ToList();
    }
}

public abstract class CycleFormValidator<T> : AbstractValidator<T> where T : CycleForm
{
    protected CycleFormValidator(ErmDbContext db)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.PeriodStart).NotNull();
        RuleFor(c => c.PeriodEnd).NotNull();
        RuleFor(c => c.PeriodEnd).Must((c, end) => end > c.PeriodStart).When(c => c.PeriodStart is not null && c.PeriodEnd is not null)
            .WithMessage("The period ends after it starts.");
        RuleFor(c => c.Scope).IsInEnum();
        RuleFor(c => c.DepartmentIds).NotEmpty().When(c => c.Scope == ReviewCycleScope.Departments)
            .WithMessage("Choose at least one department.");
        RuleFor(c => c.DepartmentIds).MustAsync(async (ids, ct) => await db.Departments.CountAsync(d => ids.Contains(d.Id), ct) == ids.Distinct().Count())
            .When(c => c.Scope == ReviewCycleScope.Departments && c.DepartmentIds.Count > 0)
            .WithMessage("Choose departments from the list.");
        RuleFor(c => c.Emails).NotEmpty().OverridePropertyName(nameof(CycleForm.PeopleEmails)).When(c => c.Scope == ReviewCycleScope.People)
            .WithMessage("Give the work email of at least one person.");
        RuleFor(c => c.Emails.Count).LessThanOrEqualTo(CycleForm.MaxPeople).OverridePropertyName(nameof(CycleForm.PeopleEmails))
            .When(c => c.Scope == ReviewCycleScope.People).WithMessage("List at most 500 people; choose departments for more.");
        RuleFor(c => c).CustomAsync(async (form, context, ct) =>
        {
            if (form.Scope != ReviewCycleScope.People || form.Emails.Count is 0 or > CycleForm.MaxPeople) return;
            var lowered = form.Emails.Select(e => e.ToLowerInvariant()).ToList();
            var known = await db.Employees.Where(e => lowered.Contains(e.WorkEmail.ToLower()) && e.Status != EmployeeStatus.Left)
                .Select(e => e.WorkEmail.ToLower()).ToListAsync(ct);
            var unknown = lowered.Except(known).ToList();
            if (unknown.Count > 0)
                context.AddFailure(new FluentValidation.Results.ValidationFailure(nameof(CycleForm.PeopleEmails), "Nobody still working here has the work email {0}.")
                    { CustomState = new object[] { string.Join(", ", unknown.Take(5)) } });
        });
        RuleFor(c => c.CompetencyNames).NotEmpty().OverridePropertyName(nameof(CycleForm.Competencies))
            .WithMessage("Name at least one competency to rate.");
        RuleFor(c => c.CompetencyNames).Must(n => n.Count <= CycleForm.MaxCompetencies && n.All(name => name.Length <= 100))
            .OverridePropertyName(nameof(CycleForm.Competencies)).WithMessage("Name at most 12 competencies, each in 100 characters or fewer.");
        RuleFor(c => c.KeptLevels).Must(l => l.Count is >= CycleForm.MinLevels and <= CycleForm.MaxLevels).OverridePropertyName(nameof(CycleForm.Levels))
            .WithMessage("The rating scale needs 3 to 7 levels, each with a label.");
        RuleFor(c => c.KeptLevels).Must(l => l.All(level => level.Label!.Trim().Length <= 100 && level.GuidelinePercent is >= 0 and <= 100))
            .OverridePropertyName(nameof(CycleForm.Levels)).WithMessage("Keep each label to 100 characters and each guideline between 0 and 100%.");
        RuleFor(c => c.KeptLevels).Must(l => l.Sum(level => level.GuidelinePercent) == 100).When(c => c.KeptLevels.Count >= CycleForm.MinLevels)
            .OverridePropertyName(nameof(CycleForm.Levels)).WithMessage("The guideline percentages add up to 100.");
        // The phases come from the form's hidden fields: a tampered form could name one twice, or one that has no deadline.
        RuleFor(c => c.Deadlines).Must(rows => rows.Select(r => r.Phase).Distinct().Count() == rows.Count
                                               && rows.All(r => r.Phase is not (ReviewPhase.Draft or ReviewPhase.Closed) && Enum.IsDefined(r.Phase)))
            .WithMessage("Give one deadline per phase.");
        RuleFor(c => c).Custom((form, context) =>
        {
            DateOnly? previous = null;
            foreach (var (row, i) in form.Deadlines.Select((row, i) => (row, i)))
            {
                if (row.Phase == ReviewPhase.PeerFeedback && !form.IncludesPeerFeedback) continue;
                var field = $"{nameof(CycleForm.Deadlines)}[{i}].{nameof(DeadlineRow.DueOn)}";
                if (row.DueOn is not { } due)
                    context.AddFailure(field, "Give the day this phase is due.");
                else if (previous is { } before && due < before)
                    context.AddFailure(field, "A phase is due on or after the one before it.");
                else if (form.PeriodStart is { } start && due < start)
                    context.AddFailure(field, "Phases are due after the period starts.");
                previous = row.DueOn ?? previous;
            }
        });
    }
}
