using System.Globalization;
using CsvHelper;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>HR downloads every employee that the list's filters match (not only the page on screen) as a CSV file.</summary>
public static class ExportEmployees
{
    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Query : IRequest<Model>
    {
        public string? Search { get; init; }
        public int? DepartmentId { get; init; }
        public EmployeeStatus? Status { get; init; }
    }

    public record Row(string LegalFirstName, string LegalLastName, string? PreferredName, string WorkEmail, string? Phone, DateOnly HireDate,
        EmploymentType EmploymentType, EmployeeStatus Status, string Department, string Position, string Location, string? ManagerEmail)
    {
        /// <summary>The cells in the order of <see cref="EmployeeCsv.Columns"/>, each safe to open in a spreadsheet.</summary>
        public string[] Cells() =>
        [
            .. new[]
            {
                LegalFirstName, LegalLastName, PreferredName, WorkEmail, Phone, HireDate.ToString(EmployeeCsv.DateFormat, CultureInfo.InvariantCulture),
                EmploymentType.ToString(), Status.ToString(), Department, Position, Location, ManagerEmail,
            }.Select(CsvCells.Neutralise),
        ];
    }

    /// <summary>The rows are read from the database as the file is written, so a large export is never held in memory.</summary>
    public record Model(string FileName, IAsyncEnumerable<Row> Rows)
    {
        /// <summary>UTF-8 with a byte order mark, which Excel needs to read accented letters correctly.</summary>
        public async Task WriteCsvAsync(Stream output, CancellationToken cancellationToken)
        {
            await using var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true);
            await csv.WriteRecordAsync(EmployeeCsv.Columns, cancellationToken);
            await foreach (var row in Rows.WithCancellation(cancellationToken))
                await csv.WriteRecordAsync(row.Cells(), cancellationToken);
        }
    }

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Query, Model>
    {
        public Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var rows = ListEmployees.Matching(db, request.Search, request.DepartmentId, request.Status).AsNoTracking()
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName).ThenBy(e => e.Id)
                .Select(e => new Row(e.LegalFirstName, e.LegalLastName, e.PreferredName, e.WorkEmail, e.Phone, e.HireDate, e.EmploymentType,
                    e.Status, e.Department.Name, e.Position.Title, e.Location.Name, e.Manager != null ? e.Manager.WorkEmail : null))
                .AsAsyncEnumerable();
            var fileName = $"employees-{clock.Today.ToString(EmployeeCsv.DateFormat, CultureInfo.InvariantCulture)}.csv";
            return Task.FromResult(new Model(fileName, rows));
        }
    }
}
