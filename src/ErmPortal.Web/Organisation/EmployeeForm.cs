using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>Where someone works and for whom, as forms choose it.</summary>
public interface IJobFields
{
    int DepartmentId { get; }
    int PositionId { get; }
    int LocationId { get; }
    string? ManagerEmail { get; }
}

/// <summary>The fields HR fills in when creating or editing an employee.</summary>
public abstract record EmployeeForm : IJobFields
{
    [Display(Name = "Legal first name")]
    public string LegalFirstName { get; set; } = "";
    [Display(Name = "Legal last name")]
    public string LegalLastName { get; set; } = "";
    [Display(Name = "Preferred first name")]
    public string? PreferredName { get; set; }
    [Display(Name = "Work email")]
    public string WorkEmail { get; set; } = "";
    [Display(Name = "Work phone")]
    public string? Phone { get; set; }
    /// <summary>Personal: shown on the form to HR only, and kept as it was when someone else saves.</summary>
    [Display(Name = "Gender")]
    public Gender? Gender { get; set; }
    [Display(Name = "Hire date")]
    public DateOnly? HireDate { get; set; }
    /// <summary>The last day of probation, when the contract has one.</summary>
    [Display(Name = "End of probation")]
    public DateOnly? ProbationEndDate { get; set; }
    [Display(Name = "Employment type")]
    public EmploymentType EmploymentType { get; set; } = EmploymentType.FullTime;
    [Display(Name = "Department")]
    public int DepartmentId { get; set; }
    [Display(Name = "Position")]
    public int PositionId { get; set; }
    [Display(Name = "Location")]
    public int LocationId { get; set; }
    /// <summary>The manager, chosen by work email: unambiguous, and what HR has at hand.</summary>
    [Display(Name = "Manager's work email")]
    public string? ManagerEmail { get; set; }

    /// <summary>The id of the employee being edited; none while creating.</summary>
    public virtual int? EditedEmployeeId => null;
}

/// <summary>
/// The rules a form's own values must meet, without asking the database. The create and edit forms include them;
/// the CSV import runs them on every row and checks the database for all rows at once.
/// </summary>
public class EmployeeFieldsValidator<TForm> : AbstractValidator<TForm> where TForm : EmployeeForm
{
    /// <summary>Nobody in the portal was hired before this; earlier dates are typing mistakes.</summary>
    private static readonly DateOnly EarliestHireDate = new(1950, 1, 1);

    public EmployeeFieldsValidator(IClock clock)
    {
        RuleFor(f => f.LegalFirstName).NotEmpty().MaximumLength(100);
        RuleFor(f => f.LegalLastName).NotEmpty().MaximumLength(100);
        RuleFor(f => f.PreferredName).MaximumLength(100);
        RuleFor(f => f.Phone).MaximumLength(40).Matches(@"^\+?[0-9 ()\-.]{5,40}$")
            .When(f => !string.IsNullOrEmpty(f.Phone)).WithMessage("Enter a phone number of digits, spaces and + ( ) - .");
        RuleFor(f => f.WorkEmail).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(f => f.HireDate).NotNull()
            .Must(d => d >= EarliestHireDate).WithMessage("The hire date cannot be before 1950.")
            .Must(d => d <= clock.Today.AddYears(1)).WithMessage("The hire date cannot be more than a year ahead.");
        RuleFor(f => f.ProbationEndDate).Must((form, end) => end > form.HireDate)
            .When(f => f.ProbationEndDate is not null && f.HireDate is not null)
            .WithMessage("The end of probation comes after the hire date.");
        RuleFor(f => f.EmploymentType).IsInEnum();
        RuleFor(f => f.Gender).IsInEnum();
    }
}

public abstract class EmployeeFormValidator<TForm> : AbstractValidator<TForm> where TForm : EmployeeForm
{
    protected EmployeeFormValidator(ErmDbContext db, IClock clock)
    {
        Include(new EmployeeFieldsValidator<TForm>(clock));
        RuleFor(f => f.WorkEmail)
            .MustAsync(async (form, email, ct) => !await db.Employees.AnyAsync(
                e => e.WorkEmail == email.Trim() && e.Id != (form.EditedEmployeeId ?? 0), ct))
            .When(f => !string.IsNullOrWhiteSpace(f.WorkEmail))
            .WithMessage("Another employee already has this work email.");
        RuleFor(f => f.DepartmentId).MustAsync((id, ct) => db.Departments.AnyAsync(d => d.Id == id, ct))
            .WithMessage("Choose a department.");
        RuleFor(f => f.PositionId).MustAsync((id, ct) => db.Positions.AnyAsync(p => p.Id == id, ct))
            .WithMessage("Choose a position.");
        RuleFor(f => f.PositionId).MustAsync((form, id, ct) => JobFamilies.FitAsync(db, form.DepartmentId, id, ct))
            .WithMessage(JobFamilies.OtherDepartment);
        RuleFor(f => f.LocationId).MustAsync((id, ct) => db.Locations.AnyAsync(l => l.Id == id, ct))
            .WithMessage("Choose a location.");
        RuleFor(f => f.ManagerEmail)
            .MustAsync((email, ct) => db.Employees.AnyAsync(e => e.WorkEmail == email!.Trim(), ct))
            .When(f => !string.IsNullOrWhiteSpace(f.ManagerEmail))
            .WithMessage("No employee has this work email.");
    }
}

/// <summary>Which positions a department takes: those of its job family.</summary>
public static class JobFamilies
{
    public const string OtherDepartment = "This position belongs to another department. Choose one of this department's positions.";

    /// <summary>
    /// A position fits a department of the same job family, or any department that records no family. An unknown
    /// department or position fits: the rules that ask for them say so instead, once.
    /// </summary>
    public static async Task<bool> FitAsync(ErmDbContext db, int departmentId, int positionId, CancellationToken ct) =>
        !await db.Departments.AnyAsync(d => d.Id == departmentId && d.JobFamily != null
            && db.Positions.Any(p => p.Id == positionId && p.JobFamily != d.JobFamily), ct);

    /// <summary>The same rule for families already read (an import checks thousands of rows against one read).</summary>
    public static bool Fit(string? departmentFamily, string? positionFamily) => departmentFamily is null || positionFamily == departmentFamily;
}

/// <summary>Checks that need the reporting tree, run by the handlers once the input is valid.</summary>
public class EmployeeFormRules(ErmDbContext db, ReportingLines reportingLines)
{
    public Task<int?> ResolveManagerAsync(EmployeeForm form, CancellationToken cancellationToken) =>
        ResolveManagerAsync(form.ManagerEmail, form.EditedEmployeeId, cancellationToken);

    /// <summary>The manager's employee id; a manager that would close a reporting loop is refused.</summary>
    public async Task<int?> ResolveManagerAsync(string? managerEmail, int? employeeId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(managerEmail)) return null;
        var email = managerEmail.Trim();
        var managerId = await db.Employees.Where(e => e.WorkEmail == email).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken)
                        ?? throw new DomainRuleException(nameof(EmployeeForm.ManagerEmail), "No employee has this work email.");
        if (employeeId is { } id && await reportingLines.WouldCreateCycleAsync(id, managerId, cancellationToken))
            throw new DomainRuleException(nameof(EmployeeForm.ManagerEmail),
                "This manager reports to the employee (directly or further down), so this would make a reporting loop.");
        return managerId;
    }
}
