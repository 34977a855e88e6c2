using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>
/// What HR writes about an opening, when it is made and when it is edited. People are named by their work email: with
/// scripts on, the page suggests them from the directory as HR types; without, HR types the address.
/// </summary>
public abstract record OpeningForm
{
    [Display(Name = "Title")]
    public string Title { get; set; } = "";
    /// <summary>Simple HTML, sanitised when saved.</summary>
    [Display(Name = "Description")]
    public string? DescriptionHtml { get; set; }
    [Display(Name = "Required skills")]
    public string? RequiredSkills { get; set; }
    [Display(Name = "Employment type")]
    public EmploymentType EmploymentType { get; set; }
    [Display(Name = "Who may apply")]
    public OpeningAudience Audience { get; set; }
    [Display(Name = "Hiring manager's work email")]
    public string? HiringManagerEmail { get; set; }
    [Display(Name = "Interviewers' work emails")]
    public List<string?> InterviewerEmails { get; set; } = [];

    /// <summary>Where the opening comes from (position, department, location), for the page heading; not saved.</summary>
    public string? RequisitionSummary { get; set; }

    /// <summary>The interviewers' emails as typed, without the blank inputs the form offers for more.</summary>
    public IReadOnlyList<string> NamedInterviewers =>
        InterviewerEmails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The required skills as a tidy comma-separated list, or nothing.</summary>
    public string? TidySkills()
    {
        var skills = (RequiredSkills ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.CurrentCultureIgnoreCase).ToList();
        return skills.Count == 0 ? null : string.Join(", ", skills);
    }

    /// <summary>Empty inputs for more interviewers, so that a page without scripts can still add some.</summary>
    public const int SpareInterviewerInputs = 3;

    public const int MaxInterviewers = 20;
}

public abstract class OpeningFormValidator<T> : AbstractValidator<T> where T : OpeningForm
{
    protected OpeningFormValidator(ErmDbContext db)
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.DescriptionHtml).MaximumLength(20000);
        RuleFor(c => c.RequiredSkills).MaximumLength(500);
        RuleFor(c => c.EmploymentType).IsInEnum();
        RuleFor(c => c.Audience).IsInEnum();
        RuleFor(c => c.HiringManagerEmail).NotEmpty().WithMessage("Name the hiring manager by their work email.");
        RuleFor(c => c.HiringManagerEmail)
            .MustAsync((email, ct) => OpeningPeople.IsEmployeeAsync(db, email!, ct))
            .When(c => !string.IsNullOrWhiteSpace(c.HiringManagerEmail))
            .WithMessage("No current employee has this work email.");
        // A blank input is a spare one, not a mistake.
        RuleForEach(c => c.InterviewerEmails)
            .MustAsync(async (email, ct) => string.IsNullOrWhiteSpace(email) || await OpeningPeople.IsEmployeeAsync(db, email, ct))
            .WithMessage("No current employee has this work email.");
        RuleFor(c => c.NamedInterviewers.Count).LessThanOrEqualTo(OpeningForm.MaxInterviewers)
            .OverridePropertyName(nameof(OpeningForm.InterviewerEmails)).WithMessage("Name at most 20 interviewers.");
    }
}

/// <summary>The employees a form names by work email.</summary>
public static class OpeningPeople
{
    /// <summary>People who have left cannot hire or interview; everyone else, onboarding included, can.</summary>
    private static IQueryable<Employee> Current(ErmDbContext db) => db.Employees.Where(e => e.Status != EmployeeStatus.Left);

    public static Task<bool> IsEmployeeAsync(ErmDbContext db, string email, CancellationToken ct)
    {
        var trimmed = email.Trim();
        return Current(db).AnyAsync(e => e.WorkEmail == trimmed, ct);
    }

    /// <summary>The ids of the people named, by email; the validator has already checked that each is known.</summary>
    public static async Task<(int HiringManagerId, List<int> InterviewerIds)> ResolveAsync(ErmDbContext db, OpeningForm form, CancellationToken ct)
    {
        var manager = form.HiringManagerEmail!.Trim();
        var emails = form.NamedInterviewers.Append(manager).ToList();
        var ids = await Current(db).Where(e => emails.Contains(e.WorkEmail)).Select(e => new { e.WorkEmail, e.Id }).ToListAsync(ct);
        int IdOf(string email) => ids.FirstOrDefault(i => string.Equals(i.WorkEmail, email, StringComparison.OrdinalIgnoreCase))?.Id
                                  ?? throw new Data.Shared.DomainRuleException(nameof(OpeningForm.HiringManagerEmail), "No current employee has this work email.");
        return (IdOf(manager), form.NamedInterviewers.Select(IdOf).Distinct().ToList());
    }
}
