using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// HR confirms a previewed import: every row is hired, or none. The file is checked again inside the transaction,
/// since people may have been added or departments renamed since the preview.
/// </summary>
public static class ImportEmployees
{
    public const string Expired =
        "This import is no longer available: it was already imported, it has expired, or it was prepared for someone else. Check the employee list, or upload the file again.";

    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Command : ICommand<int>
    {
        /// <summary>The ticket <see cref="PreviewEmployeeImport"/> gave for the kept file.</summary>
        public string Ticket { get; set; } = "";
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Ticket).NotEmpty().WithMessage(Expired);
    }

    /// <summary>
    /// People are hired through <see cref="Employee.Hire"/>, so each raises <see cref="EmployeeHired"/>: the unit of work
    /// then creates their accounts and invitations (and whatever else other modules do for a hire) in this transaction.
    /// </summary>
    public class Handler(ErmDbContext db, EmployeeImportRules rules, StagedUploads uploads) : MediatR.IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken cancellationToken)
        {
            var content = await uploads.ReadAsync(PreviewEmployeeImport.StagingPurpose, request.Ticket, cancellationToken)
                          ?? throw new ValidationException([new ValidationFailure("", Expired)]);
            // SQLite's write lock is held from the start of the transaction, so nothing changes between this check and the inserts.
            var check = await rules.CheckAsync(content, cancellationToken);
            if (!check.CanImport)
            {
                // Only a corrected file can be imported now; this one is of no further use.
                await uploads.DiscardAsync(PreviewEmployeeImport.StagingPurpose, request.Ticket, cancellationToken);
                throw new ValidationException(check.Failures());
            }

            // Managers first: a report in the file needs the id their manager gets when saved. One save per level of the tree.
            var idsByRow = new Dictionary<int, int>();
            foreach (var level in check.Rows.GroupBy(r => r.Level).OrderBy(g => g.Key))
            {
                var hired = level.Select(row => (row.Number, Employee: Hire(row, row.ManagerId ?? (row.ManagerRow is { } m ? idsByRow[m] : null)))).ToList();
                db.Employees.AddRange(hired.Select(h => h.Employee));
                await db.SaveChangesAsync(cancellationToken);
                foreach (var (number, employee) in hired) idsByRow[number] = employee.Id;
            }
            await uploads.DiscardAsync(PreviewEmployeeImport.StagingPurpose, request.Ticket, cancellationToken);
            return idsByRow.Count;
        }

        private static Employee Hire(CheckedRow row, int? managerId)
        {
            var form = row.Employee!;
            var employee = Employee.Hire(form.LegalFirstName, form.LegalLastName, form.WorkEmail, form.HireDate!.Value,
                form.DepartmentId, form.PositionId, form.LocationId, managerId, form.EmploymentType);
            employee.PreferredName = form.PreferredName;
            employee.Phone = form.Phone;
            return employee;
        }
    }

    public record Problem(int Row, string? Column, string Message);

    /// <summary>The problems a failed import left in ModelState: per row (see <see cref="ImportProblemKey"/>) and general ones.</summary>
    public static (IReadOnlyList<Problem> Rows, IReadOnlyList<string> General) ProblemsIn(ModelStateDictionary modelState)
    {
        var rows = new List<Problem>();
        var general = new List<string>();
        foreach (var (key, entry) in modelState)
            foreach (var error in entry.Errors)
            {
                if (ImportProblemKey.TryRead(key, out var row, out var column)) rows.Add(new Problem(row, column, error.ErrorMessage));
                else general.Add(error.ErrorMessage);
            }
        return (rows.OrderBy(p => p.Row).ToList(), general);
    }
}
