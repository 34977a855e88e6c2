using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>
/// A manager's team view: everyone in their reporting line, however deep, with each mandatory course they owe and where
/// they stand, the people with overdue items first. Without a manager named it is the viewer's own team (empty for someone
/// with no reports); another manager's team is open to those above that manager and to HR, and "not found" to anyone else.
/// </summary>
public static class GetTeamCompliance
{
    public const int PageSize = 25;

    public record Query : IRequest<Model>
    {
        public int? ManagerId { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Person(int EmployeeId, string Name, string Department, IReadOnlyList<GetMyMandatory.Line> Items);

    public record Manager(int Id, string Name);

    public record Model(int? ManagerId, string? ManagerName, bool IsMine, ComplianceFigures Figures, Page<Person> People,
        IReadOnlyList<Manager> Managers);

    public class Handler(ErmDbContext db, ICurrentUser user, EmployeeAccess access, MandatoryItems mandatory) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var isHr = user.IsInRole(Roles.Hr);
            // HR picks any manager; the list is of people with someone reporting to them, by name.
            var managers = isHr
                ? await db.Employees.Where(e => db.Employees.Any(r => r.ManagerId == e.Id))
                    .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName).ThenBy(e => e.Id)
                    .Select(e => new Manager(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName)).ToListAsync(ct)
                : [];
            if ((request.ManagerId ?? user.EmployeeId) is not { } managerId)
                return new Model(null, null, false, ComplianceFigures.Of([]), new Page<Person>([], 1, PageSize, 0), managers);
            if (request.ManagerId is not null) await access.RequireAsync(managerId, EmployeeOperations.ViewTeam, ct);
            var managerName = await db.Employees.Where(e => e.Id == managerId)
                .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

            var team = (await TeamAsync(db, managerId, ct)).ToHashSet();
            var items = (await mandatory.EveryoneAsync(ct)).Where(i => team.Contains(i.EmployeeId)).ToList();
            var people = items.GroupBy(i => i.EmployeeId)
                .OrderBy(g => g.Min(i => GetMyMandatory.Urgency(i.State)))
                .ThenBy(g => g.Where(i => i.State != MandatoryState.Done).Min(i => i.DueOn) ?? DateOnly.MaxValue)
                .ThenBy(g => g.Key).ToList();
            var number = Math.Clamp(request.Page, 1, Math.Max(1, (people.Count + PageSize - 1) / PageSize));
            var onPage = people.Skip((number - 1) * PageSize).Take(PageSize).ToList();
            var names = await Names.PeopleAsync(db, onPage.Select(g => g.Key), ct);
            var titles = await Names.CoursesAsync(db, onPage.SelectMany(g => g).Select(i => i.CourseId), ct);
            var rows = onPage.Select(g => new Person(g.Key, names[g.Key].Name, names[g.Key].Department, GetMyMandatory.Lines(g, titles))).ToList();
            return new Model(managerId, managerName, managerId == user.EmployeeId, ComplianceFigures.Of(items),
                new Page<Person>(rows, number, PageSize, people.Count), managers);
        }
    }

    /// <summary>Everyone below the manager, however deep: one statement.</summary>
    public static Task<List<int>> TeamAsync(ErmDbContext db, int managerId, CancellationToken ct) =>
        db.Below(managerId).Select(s => s.Id).ToListAsync(ct);
}
