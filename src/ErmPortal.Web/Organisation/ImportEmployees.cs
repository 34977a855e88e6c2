using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Infrastructure;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// HR confirms a previewed import: every row is hired, or none. Everything is prepared before the write transaction
/// (<see cref="IBulkCommand{TResult}"/>), so other people's sign-ins and saves wait for the rows being written, not for
/// them being checked; the file is checked again inside the transaction, since people may have been added or
/// departments renamed since the preview or the preparation.
/// </summary>
public static class ImportEmployees
{
    public const string Expired =
        "This import is no longer available: it was already imported, it has expired, or it was prepared for someone else. Check the employee list, or upload the file again.";

    public const string ChangedMeanwhile =
        "Departments, positions, locations or managers changed while this file was being imported, so nothing was imported. Import it again to check it against what is there now.";

    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Command : IBulkCommand<int>
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
    /// then prepares their accounts and invitations (and whatever else other modules do for a hire), and writes them
    /// with the people in one transaction.
    /// </summary>
    public class Handler(ErmDbContext db, EmployeeImportRules rules, StagedUploads uploads, TransactionEffects effects)
        : MediatR.IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken cancellationToken)
        {
            var content = await uploads.ReadAsync(PreviewEmployeeImport.StagingPurpose, request.Ticket, cancellationToken)
                          ?? throw new ValidationException([new ValidationFailure("", Expired)]);
            var check = await rules.CheckAsync(content, cancellationToken);
            RefuseUnlessImportable(check, request.Ticket);

            // With their ids known now, reports name managers hired from the same file, and subscribers name the people.
            var firstId = (int)(await IdBlocks.ReserveAsync<Employee>(db, check.Rows.Count, cancellationToken) - check.Rows.Count + 1);
            var idsByRow = check.Rows.Select((row, index) => (row.Number, Id: firstId + index)).ToDictionary(r => r.Number, r => r.Id);
            foreach (var row in check.Rows.OrderBy(r => r.Level))
                db.Employees.Add(Hire(row, idsByRow[row.Number], row.ManagerId ?? (row.ManagerRow is { } m ? idsByRow[m] : null)));

            effects.BeforeWriting(ct => EnsureUnchangedAsync(content, check, request.Ticket, ct));
            effects.AfterCommit(ct => uploads.DiscardAsync(PreviewEmployeeImport.StagingPurpose, request.Ticket, ct));
            return check.Rows.Count;
        }

        /// <summary>The file as checked now, under the write lock, must name the same departments, positions, places and managers.</summary>
        private async Task EnsureUnchangedAsync(byte[] content, CheckedImport prepared, string ticket, CancellationToken cancellationToken)
        {
            var now = await rules.CheckAsync(content, cancellationToken);
            RefuseUnlessImportable(now, ticket);
            if (!now.Rows.Select(References).SequenceEqual(prepared.Rows.Select(References)))
                throw new ValidationException([new ValidationFailure("", ChangedMeanwhile)]);
        }

        private void RefuseUnlessImportable(CheckedImport check, string ticket)
        {
            if (check.CanImport) return;
            // Only a corrected file can be imported now: this one is of no further use once the refusal is final.
            effects.AfterRollback(ct => uploads.DiscardAsync(PreviewEmployeeImport.StagingPurpose, ticket, ct));
            throw new ValidationException(check.Failures());
        }

        private static (int, int, int, int, int?, int?) References(CheckedRow row) =>
            (row.Number, row.Employee!.DepartmentId, row.Employee.PositionId, row.Employee.LocationId, row.ManagerId, row.ManagerRow);

        private static Employee Hire(CheckedRow row, int id, int? managerId)
        {
            var form = row.Employee!;
            var employee = Employee.Hire(form.LegalFirstName, form.LegalLastName, form.WorkEmail, form.HireDate!.Value,
                form.DepartmentId, form.PositionId, form.LocationId, managerId, form.EmploymentType);
            employee.Id = id;
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
