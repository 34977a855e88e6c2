using System.ComponentModel.DataAnnotations;
using ErmPortal.Data.Learning;
using FluentValidation;

namespace ErmPortal.Web.Learning.Courses;

/// <summary>What HR writes about a course, when it is added and when it is edited.</summary>
public abstract record CourseForm
{
    [Display(Name = "Title")]
    public string Title { get; set; } = "";
    [Display(Name = "Description")]
    public string? Description { get; set; }
    [Display(Name = "Provider")]
    public string Provider { get; set; } = "";
    [Display(Name = "Given by the organisation itself")]
    public bool IsInternal { get; set; } = true;
    [Display(Name = "Format")]
    public CourseFormat Format { get; set; }
    [Display(Name = "Hours")]
    public decimal Hours { get; set; }
    [Display(Name = "Cost per participant")]
    public decimal Cost { get; set; }
    [Display(Name = "Currency")]
    public string Currency { get; set; } = Course.DefaultCurrency;
    /// <summary>Comma-separated, as people list their skills on their profiles.</summary>
    [Display(Name = "Skills taught")]
    public string? Skills { get; set; }
    [Display(Name = "Prerequisites")]
    public string? Prerequisites { get; set; }

    public IReadOnlyList<string> SkillNames => (Skills ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Writes the form onto the course; the skills keep the rows of those that stay.</summary>
    public void ApplyTo(Course course)
    {
        course.Title = Title.Trim();
        course.Description = Description?.Trim() ?? "";
        course.Provider = Provider.Trim();
        course.IsInternal = IsInternal;
        course.Format = Format;
        course.Hours = Hours;
        course.Cost = Cost;
        course.Currency = Currency.Trim().ToUpperInvariant();
        course.Prerequisites = string.IsNullOrWhiteSpace(Prerequisites) ? null : Prerequisites.Trim();
        course.ReplaceSkills(SkillNames);
    }

    /// <summary>The form as it shows a course that exists.</summary>
    protected void Fill(Course course, IEnumerable<string> skills)
    {
        (Title, Description, Provider, IsInternal, Format, Hours, Cost, Currency, Prerequisites) =
            (course.Title, course.Description, course.Provider, course.IsInternal, course.Format, course.Hours, course.Cost, course.Currency, course.Prerequisites);
        Skills = string.Join(", ", skills);
    }
}

public abstract class CourseFormValidator<T> : AbstractValidator<T> where T : CourseForm
{
    public const decimal MaxHours = 1000;
    public const decimal MaxCost = 1_000_000;

    protected CourseFormValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Description).MaximumLength(4000);
        RuleFor(c => c.Provider).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Format).IsInEnum();
        RuleFor(c => c.Hours).Must(h => h > 0 && h <= MaxHours).WithMessage("Give the hours a participant spends, more than 0 and at most 1000.");
        RuleFor(c => c.Cost).Must(c => c >= 0 && c <= MaxCost).WithMessage("Give a cost of 0 or more, at most 1,000,000.");
        RuleFor(c => c.Currency).Matches("^[A-Za-z]{3}$").WithMessage("Give the currency as its three-letter code, such as EUR.");
        RuleFor(c => c.SkillNames.Count).LessThanOrEqualTo(Course.MaxSkills).OverridePropertyName(nameof(CourseForm.Skills))
            .WithMessage("List at most 12 skills.");
        RuleFor(c => c.SkillNames).Must(names => names.All(n => n.Length <= 60)).OverridePropertyName(nameof(CourseForm.Skills))
            .WithMessage("Keep each skill to 60 characters.");
        RuleFor(c => c.Prerequisites).MaximumLength(1000);
    }
}
