using System.Text;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>
/// Who is overdue, for a department, a course or both: person, department, course, due day and days overdue, the most
/// overdue first, a page at a time. The items come from everyone's kept items; only the page's names are read.
/// </summary>
public static class ListOverdue
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Model>
    {
        public int? DepartmentId { get; init; }
        public int? CourseId { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Row(int EmployeeId, string Person, string Department, int CourseId, string Course, DateOnly DueOn, int DaysOverdue);

    public record Model(Query Query, string? DepartmentName, string? CourseTitle, Page<Row> Overdue);

    public class Handler(ErmDbContext db, MandatoryItems mandatory, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var overdue = Overdue(await mandatory.EveryoneAsync(ct), request.DepartmentId, request.CourseId);
            const int size = PagingExtensions.DefaultPageSize;
            var number = Math.Clamp(request.Page, 1, Math.Max(1, (overdue.Count + size - 1) / size));
            var rows = await RowsAsync(db, overdue.Skip((number - 1) * size).Take(size).ToList(), clock.Today, ct);
            var department = request.DepartmentId is { } d ? await db.Departments.Where(x => x.Id == d).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
            var course = request.CourseId is { } c ? await db.Set<Course>().Where(x => x.Id == c).Select(x => x.Title).FirstOrDefaultAsync(ct) : null;
            return new Model(request, department, course, new Page<Row>(rows, number, size, overdue.Count));
        }
    }

    /// <summary>The overdue items a filter selects, the most overdue first.</summary>
    public static List<MandatoryItem> Overdue(IEnumerable<MandatoryItem> items, int? departmentId, int? courseId) =>
        GetComplianceReport.Matching(items, departmentId, courseId).Where(i => i.State == MandatoryState.Overdue)
            .OrderBy(i => i.DueOn).ThenBy(i => i.EmployeeId).ThenBy(i => i.CourseId).ToList();

    /// <summary>The items with their people's and courses' names: two statements however many rows.</summary>
    public static async Task<List<Row>> RowsAsync(ErmDbContext db, IReadOnlyList<MandatoryItem> items, DateOnly today, CancellationToken ct)
    {
        if (items.Count == 0) return [];
        var people = await Names.PeopleAsync(db, items.Select(i => i.EmployeeId), ct);
        var courses = await Names.CoursesAsync(db, items.Select(i => i.CourseId), ct);
        return items.Select(i => new Row(i.EmployeeId, people[i.EmployeeId].Name, people[i.EmployeeId].Department, i.CourseId, courses[i.CourseId],
            i.DueOn!.Value, today.DayNumber - i.DueOn.Value.DayNumber)).ToList();
    }
}

/// <summary>Names for the rows of the report's lists and files, read in one statement per kind whatever the number of rows.</summary>
public static class Names
{
    public record Person(string Name, string Department);

    public static async Task<Dictionary<int, Person>> PeopleAsync(ErmDbContext db, IEnumerable<int> employeeIds, CancellationToken ct)
    {
        var ids = employeeIds.Distinct().ToList();
        return await db.Employees.Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, Department = e.Department.Name })
            .ToDictionaryAsync(e => e.Id, e => new Person(e.Name, e.Department), ct);
    }

    public static async Task<Dictionary<int, string>> CoursesAsync(ErmDbContext db, IEnumerable<int> courseIds, CancellationToken ct)
    {
        var ids = courseIds.Distinct().ToList();
        return await db.Set<Course>().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
    }
}

/// <summary>
/// The report's items as CSV for a filter: only the overdue ones (the overdue list), or every item with its state. Cells a
/// spreadsheet would run as formulas (a name typed "=…") are written as text.
/// </summary>
public static class ExportCompliance
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<byte[]>
    {
        public int? DepartmentId { get; init; }
        public int? CourseId { get; init; }
        public bool OverdueOnly { get; init; }
    }

    public class Handler(ErmDbContext db, MandatoryItems mandatory, IClock clock) : IRequestHandler<Query, byte[]>
    {
        public async Task<byte[]> Handle(Query request, CancellationToken ct)
        {
            var everyone = await mandatory.EveryoneAsync(ct);
            var today = clock.Today;
            using var writer = new StringWriter();
            if (request.OverdueOnly)
            {
                var rows = await ListOverdue.RowsAsync(db, ListOverdue.Overdue(everyone, request.DepartmentId, request.CourseId), today, ct);
                CsvText.Write(writer, rows.Select(r => new { Employee = r.Person, r.Department, r.Course, Due = r.DueOn, r.DaysOverdue }));
            }
            else
            {
                var items = GetComplianceReport.Matching(everyone, request.DepartmentId, request.CourseId)
                    .OrderBy(i => i.DepartmentId).ThenBy(i => i.EmployeeId).ThenBy(i => i.CourseId).ToList();
                var people = await Names.PeopleAsync(db, items.Select(i => i.EmployeeId), ct);
                var courses = await Names.CoursesAsync(db, items.Select(i => i.CourseId), ct);
                CsvText.Write(writer, items.OrderBy(i => people[i.EmployeeId].Department).ThenBy(i => people[i.EmployeeId].Name).ThenBy(i => courses[i.CourseId])
                    .Select(i => new
                    {
                        Employee = people[i.EmployeeId].Name, people[i.EmployeeId].Department, Course = courses[i.CourseId], State = i.State.ToString(),
                        Due = i.DueOn, LastCompleted = i.LastCompletedOn,
                    }));
            }
            return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        }
    }
}
