using System.Globalization;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Shared;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Organisation;

/// <summary>An employee as one row of an import file describes them, checked with the create form's field rules.</summary>
public record ImportedEmployee : EmployeeForm;

/// <summary>What is wrong with a row: the column (none for the row as a whole) and an English text for the localizer.</summary>
public record RowProblem(string? Column, string Message, string Argument = "");

/// <summary>A row after the checks. A valid row carries the employee to hire and where their manager is.</summary>
public record CheckedRow(int Number, string Name, string WorkEmail, IReadOnlyList<RowProblem> Problems)
{
    public ImportedEmployee? Employee { get; init; }
    /// <summary>The manager, when they are already in the portal.</summary>
    public int? ManagerId { get; init; }
    /// <summary>The manager, when they are in another row of the same file.</summary>
    public int? ManagerRow { get; init; }
    /// <summary>0 when the manager is not in the file (or there is none), 1 for their reports in the file, and so on.</summary>
    public int Level { get; init; }
    public bool IsValid => Problems.Count == 0;
}

public record CheckedImport(IReadOnlyList<FileProblem> FileProblems, IReadOnlyList<CheckedRow> Rows)
{
    public bool CanImport => FileProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.IsValid);

    /// <summary>The problems as validation failures, for a sender that is told by an exception; <see cref="ImportProblemKey"/> names them.</summary>
    public IEnumerable<ValidationFailure> Failures() =>
        FileProblems.Select(p => new ValidationFailure("", p.Message) { CustomState = new object[] { p.Argument } })
            .Concat(Rows.SelectMany(r => r.Problems.Select(p =>
                new ValidationFailure(ImportProblemKey.For(r.Number, p.Column), p.Message) { CustomState = new object[] { p.Argument } })));
}

/// <summary>Names a row's problem the way FluentValidation names an item of a collection: <c>Rows[12].WorkEmail</c>, row 12 of the file.</summary>
public static partial class ImportProblemKey
{
    public static string For(int row, string? column) => column is null ? $"Rows[{row}]" : $"Rows[{row}].{column}";

    public static bool TryRead(string key, out int row, out string? column)
    {
        var match = Pattern().Match(key);
        row = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        column = match.Groups[2].Success ? match.Groups[2].Value : null;
        return match.Success;
    }

    [GeneratedRegex(@"^Rows\[([0-9]{1,9})\](?:\.([A-Za-z]+))?$")]
    private static partial Regex Pattern();
}

/// <summary>What rows refer to, loaded once for the whole file rather than once per row.</summary>
public record KnownOrganisation(
    ILookup<string, int> DepartmentsByName,
    ILookup<string, int> PositionsByTitle,
    ILookup<string, int> LocationsByName,
    IReadOnlyDictionary<string, int> EmployeesByWorkEmail,
    IReadOnlySet<string> AccountNames,
    string AllowedSignInCharacters,
    IReadOnlyDictionary<int, string?> DepartmentFamilies,
    IReadOnlyDictionary<int, string?> PositionFamilies)
{
    public static async Task<KnownOrganisation> LoadAsync(ErmDbContext db, IdentityOptions identity, CancellationToken cancellationToken)
    {
        var departments = await db.Departments.Select(d => new { d.Name, d.Id, d.JobFamily }).ToListAsync(cancellationToken);
        var positions = await db.Positions.Select(p => new { p.Title, p.Id, p.JobFamily }).ToListAsync(cancellationToken);
        var locations = await db.Locations.Select(l => new { l.Name, l.Id }).ToListAsync(cancellationToken);
        var employees = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var employee in await db.Employees.Select(e => new { e.WorkEmail, e.Id }).ToListAsync(cancellationToken))
            employees.TryAdd(employee.WorkEmail, employee.Id);
        var accounts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in await db.Users.Select(u => new { u.UserName, u.Email }).ToListAsync(cancellationToken))
        {
            if (user.UserName is not null) accounts.Add(user.UserName);
            if (user.Email is not null) accounts.Add(user.Email);
        }
        return new KnownOrganisation(
            departments.ToLookup(d => d.Name.Trim(), d => d.Id, StringComparer.OrdinalIgnoreCase),
            positions.ToLookup(p => p.Title.Trim(), p => p.Id, StringComparer.OrdinalIgnoreCase),
            locations.ToLookup(l => l.Name.Trim(), l => l.Id, StringComparer.OrdinalIgnoreCase),
            employees, accounts, identity.User.AllowedUserNameCharacters ?? "",
            departments.ToDictionary(d => d.Id, d => d.JobFamily), positions.ToDictionary(p => p.Id, p => (string?)p.JobFamily));
    }
}

/// <summary>
/// Checks an import file row by row with the create form's rules, plus what only a file can get wrong: the same
/// person twice, managers found in other rows, reporting loops, formulas. The database is read once per file.
/// </summary>
public class EmployeeImportRules(ErmDbContext db, IClock clock, IOptions<IdentityOptions> identity)
{
    public const string FormulaCell =
        "This cell starts like a spreadsheet formula (= + - @). Remove the formula or write the value as plain text.";

    private static readonly string EmploymentTypeNames = string.Join(", ", Enum.GetNames<EmploymentType>());

    public async Task<CheckedImport> CheckAsync(byte[] content, CancellationToken cancellationToken)
    {
        var csv = EmployeeCsv.Read(content);
        if (csv.Problems.Count > 0) return new CheckedImport(csv.Problems, []);
        var known = await KnownOrganisation.LoadAsync(db, identity.Value, cancellationToken);
        return new CheckedImport([], Check(csv.Rows, known, clock));
    }

    public static IReadOnlyList<CheckedRow> Check(IReadOnlyList<CsvRecord> records, KnownOrganisation known, IClock clock)
    {
        var fields = new EmployeeFieldsValidator<ImportedEmployee>(clock);
        var drafts = records.Select(record => ReadRow(record, known, fields)).ToList();
        var readable = drafts.Where(d => d.Employee is not null).ToList();

        foreach (var twins in readable.Where(d => d.Employee!.WorkEmail.Length > 0)
                     .GroupBy(d => d.Employee!.WorkEmail, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            foreach (var draft in twins)
                draft.Problems.Add(new RowProblem(EmployeeCsv.WorkEmail, "Another row of this file has the same work email."));

        var rowsByEmail = readable.Where(d => d.Employee!.WorkEmail.Length > 0)
            .GroupBy(d => d.Employee!.WorkEmail, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var draft in readable)
            FindManager(draft, rowsByEmail, known);
        AssignLevels(readable);

        return drafts.Select(d => new CheckedRow(d.Record.Number, d.Name, d.Record.Cell(EmployeeCsv.WorkEmail), d.Problems)
        {
            Employee = d.Employee, ManagerId = d.ManagerId, ManagerRow = d.Manager?.Record.Number, Level = d.Level,
        }).ToList();
    }

    private static Draft ReadRow(CsvRecord record, KnownOrganisation known, EmployeeFieldsValidator<ImportedEmployee> fields)
    {
        var draft = new Draft(record);
        if (record.Problem is not null)
        {
            // The cells of a malformed row may have slid into the wrong columns: checking them would only confuse.
            draft.Problems.Add(new RowProblem(null, record.Problem));
            return draft;
        }

        foreach (var column in EmployeeCsv.Columns.Where(c => c != EmployeeCsv.Status))
            if (CsvCells.LooksLikeFormula(record.Cell(column)))
                draft.Problems.Add(new RowProblem(column, FormulaCell));

        var employee = new ImportedEmployee
        {
            LegalFirstName = record.Cell(EmployeeCsv.LegalFirstName),
            LegalLastName = record.Cell(EmployeeCsv.LegalLastName),
            PreferredName = NullIfEmpty(record.Cell(EmployeeCsv.PreferredName)),
            WorkEmail = record.Cell(EmployeeCsv.WorkEmail),
            Phone = NullIfEmpty(record.Cell(EmployeeCsv.Phone)),
            ManagerEmail = NullIfEmpty(record.Cell(EmployeeCsv.ManagerEmail)),
        };
        var hireDate = record.Cell(EmployeeCsv.HireDate);
        if (DateOnly.TryParseExact(hireDate, EmployeeCsv.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            employee.HireDate = date;
        else
            draft.Problems.Add(new RowProblem(EmployeeCsv.HireDate, "Write the hire date as yyyy-MM-dd, for example 2026-03-01."));
        // Names only: Enum.TryParse would also take "1" or "FullTime, Intern".
        var type = Enum.GetNames<EmploymentType>().FirstOrDefault(n => n.Equals(record.Cell(EmployeeCsv.EmploymentType), StringComparison.OrdinalIgnoreCase));
        if (type is not null)
            employee.EmploymentType = Enum.Parse<EmploymentType>(type);
        else
            draft.Problems.Add(new RowProblem(EmployeeCsv.EmploymentType, "Write the employment type as one of {0}.", EmploymentTypeNames));

        foreach (var failure in fields.Validate(employee).Errors)
            if (!(failure.PropertyName == nameof(EmployeeForm.HireDate) && employee.HireDate is null)) // already said how to write it
                draft.Problems.Add(new RowProblem(failure.PropertyName, failure.ErrorMessage));

        employee.DepartmentId = Resolve(known.DepartmentsByName, record.Cell(EmployeeCsv.Department), EmployeeCsv.Department, draft.Problems,
            "Enter a department.", "No department has this name.", "More than one department has this name, so the import cannot tell which is meant.");
        employee.PositionId = Resolve(known.PositionsByTitle, record.Cell(EmployeeCsv.Position), EmployeeCsv.Position, draft.Problems,
            "Enter a position.", "No position has this title.", "More than one position has this title, so the import cannot tell which is meant.");
        if (employee.DepartmentId != 0 && employee.PositionId != 0
            && !JobFamilies.Fit(known.DepartmentFamilies[employee.DepartmentId], known.PositionFamilies[employee.PositionId]))
            draft.Problems.Add(new RowProblem(EmployeeCsv.Position, JobFamilies.OtherDepartment));
        employee.LocationId = Resolve(known.LocationsByName, record.Cell(EmployeeCsv.Location), EmployeeCsv.Location, draft.Problems,
            "Enter a location.", "No location has this name.", "More than one location has this name, so the import cannot tell which is meant.");

        var email = employee.WorkEmail;
        if (known.EmployeesByWorkEmail.ContainsKey(email))
            draft.Problems.Add(new RowProblem(EmployeeCsv.WorkEmail, "Another employee already has this work email."));
        else if (known.AccountNames.Contains(email))
            draft.Problems.Add(new RowProblem(EmployeeCsv.WorkEmail, "An account with this email already exists."));
        // The work email becomes the sign-in name; Identity would refuse it at the last moment.
        if (known.AllowedSignInCharacters.Length > 0 && email.Any(c => !known.AllowedSignInCharacters.Contains(c)))
            draft.Problems.Add(new RowProblem(EmployeeCsv.WorkEmail, "This email has characters that cannot be used to sign in: use letters, digits and - . _ @ + only."));

        draft.Employee = employee;
        return draft;
    }

    private static int Resolve(ILookup<string, int> known, string name, string column, List<RowProblem> problems,
        string missing, string unknown, string ambiguous)
    {
        var ids = known[name].ToList();
        if (ids.Count == 1) return ids[0];
        problems.Add(new RowProblem(column, name.Length == 0 ? missing : ids.Count == 0 ? unknown : ambiguous));
        return 0;
    }

    private static void FindManager(Draft draft, Dictionary<string, Draft> rowsByEmail, KnownOrganisation known)
    {
        if (draft.Employee!.ManagerEmail is not { } email) return;
        if (email.Equals(draft.Employee.WorkEmail, StringComparison.OrdinalIgnoreCase))
            draft.Problems.Add(new RowProblem(EmployeeCsv.ManagerEmail, "A person cannot be their own manager."));
        else if (rowsByEmail.TryGetValue(email, out var manager))
            draft.Manager = manager;
        else if (known.EmployeesByWorkEmail.TryGetValue(email, out var managerId))
            draft.ManagerId = managerId;
        else
            draft.Problems.Add(new RowProblem(EmployeeCsv.ManagerEmail, "No employee has this work email, in the portal or in this file."));
    }

    /// <summary>
    /// Managers in the file must be hired before their reports, which need their ids: the level says when. People whose
    /// managers lead back to themselves are a loop, which no order can hire.
    /// </summary>
    private static void AssignLevels(List<Draft> drafts)
    {
        var done = new HashSet<Draft>();
        foreach (var start in drafts)
        {
            var path = new List<Draft>();
            var onPath = new HashSet<Draft>();
            var current = start;
            while (current is not null && !done.Contains(current) && onPath.Add(current))
            {
                path.Add(current);
                current = current.Manager;
            }
            if (current is not null && onPath.Contains(current))
                foreach (var inLoop in path.Skip(path.IndexOf(current)))
                    inLoop.Problems.Add(new RowProblem(EmployeeCsv.ManagerEmail,
                        "The managers in this file form a loop: following them up from this person leads back to them."));
            var level = current is not null && done.Contains(current) ? current.Level + 1 : 0;
            for (var i = path.Count - 1; i >= 0; i--, level++)
            {
                path[i].Level = level;
                done.Add(path[i]);
            }
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private sealed class Draft(CsvRecord record)
    {
        public CsvRecord Record { get; } = record;
        public List<RowProblem> Problems { get; } = [];
        public ImportedEmployee? Employee { get; set; }
        public Draft? Manager { get; set; }
        public int? ManagerId { get; set; }
        public int Level { get; set; }

        public string Name
        {
            get
            {
                var first = Record.Cell(EmployeeCsv.PreferredName) is { Length: > 0 } preferred ? preferred : Record.Cell(EmployeeCsv.LegalFirstName);
                return $"{first} {Record.Cell(EmployeeCsv.LegalLastName)}".Trim();
            }
        }
    }
}
