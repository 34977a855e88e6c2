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
/// Worked out from everyone's kept items (<see cref="MandatoryItems.EveryoneAsync"/>) and kept per filter: after the first
/// view of the day, or of a change, a view costs the departments' and courses' names.
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
            var figures = await mandatory.OfEveryoneAsync((request.DepartmentId, request.CourseId), items =>
            {
                var matching = Matching(items, request.DepartmentId, request.CourseId).ToList();
                return new Figures(ComplianceFigures.Of(matching), By(matching, i => i.DepartmentId), By(matching, i => i.CourseId));
            }, ct);
            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new Option(d.Id, d.Name)).ToListAsync(ct);
            var courses = await db.Set<Course>().Where(c => c.MandatoryRules.Any()).OrderBy(c => c.Title).Select(c => new Option(c.Id, c.Title)).ToListAsync(ct);
            return new Model(request, figures.Total, Groups(figures.ByDepartment, departments), Groups(figures.ByCourse, courses), departments, courses);
        }

        private static Dictionary<int, ComplianceFigures> By(List<MandatoryItem> items, Func<MandatoryItem, int> key) =>
            items.GroupBy(key).ToDictionary(g => g.Key, g => ComplianceFigures.Of(g));

        private static List<Group> Groups(Dictionary<int, ComplianceFigures> byKey, List<Option> names) =>
            names.Where(n => byKey.ContainsKey(n.Id)).Select(n => new Group(n.Id, n.Name, byKey[n.Id])).ToList();

        private record Figures(ComplianceFigures Total, Dictionary<int, ComplianceFigures> ByDepartment, Dictionary<int, ComplianceFigures> ByCourse);
    }

    public static IEnumerable<MandatoryItem> Matching(IEnumerable<MandatoryItem> items, int? departmentId, int? courseId) =>
        items.Where(i => (departmentId is null || i.DepartmentId == departmentId) && (courseId is null || i.CourseId == courseId));
}
