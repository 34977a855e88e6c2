using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>
/// HR's compliance report: per department and per course, the people who owe mandatory courses, the items they owe, how
/// many are done, due soon and overdue, narrowed to one department or course. Each overdue figure leads to who is overdue.
/// Read from everyone's kept items (<see cref="MandatoryItems.EveryoneAsync"/>): after the first view of the day, or of
/// a change, a view costs the departments' and courses' names and a filter over memory.
/// </summary>
public static class GetComplianceReport
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Model>
    {
        public int? DepartmentId { get; init; }
        public int? CourseId { get; init; }

        public bool IsFiltered => DepartmentId is not null || CourseId is not null;
    }

    public record Group(int Id, string Name, ComplianceFigures Figures);

    public record Option(int Id, string Name);

    public record Model(Query Query, ComplianceFigures Total, IReadOnlyList<Group> Departments, IReadOnlyList<Group> Courses,
        IReadOnlyList<Option> DepartmentOptions, IReadOnlyList<Option> CourseOptions);

    public class Handler(ErmDbContext db, MandatoryItems mandatory) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var items = Matching(await mandatory.EveryoneAsync(ct), request.DepartmentId, request.CourseId).ToList();
            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new Option(d.Id, d.Name)).ToListAsync(ct);
            var courses = await db.Set<Course>().Where(c => c.MandatoryRules.Any()).OrderBy(c => c.Title).Select(c => new Option(c.Id, c.Title)).ToListAsync(ct);
            return new Model(request, ComplianceFigures.Of(items), Groups(items, i => i.DepartmentId, departments), Groups(items, i => i.CourseId, courses),
                departments, courses);
        }

        private static List<Group> Groups(List<MandatoryItem> items, Func<MandatoryItem, int> key, List<Option> names)
        {
            var byKey = items.GroupBy(key).ToDictionary(g => g.Key, g => ComplianceFigures.Of(g));
            return names.Where(n => byKey.ContainsKey(n.Id)).Select(n => new Group(n.Id, n.Name, byKey[n.Id])).ToList();
        }
    }

    public static IEnumerable<MandatoryItem> Matching(IEnumerable<MandatoryItem> items, int? departmentId, int? courseId) =>
        items.Where(i => (departmentId is null || i.DepartmentId == departmentId) && (courseId is null || i.CourseId == courseId));
}
