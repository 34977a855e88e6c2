using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// A manager's whole team, direct and indirect reports, nearest levels first, with what is coming up for them.
/// Paged, and every figure counted in SQL over the subtree, so a head of department with thousands below them
/// costs the same few commands as a team lead with three.
/// </summary>
public static class GetMyTeam
{
    public const int PageSize = 50;
    private const int EventsPerKind = 5;

    /// <summary>Without an id, the viewer's own team.</summary>
    public record Query(int? Id, int Page = 1) : IRequest<Model>;

    public record Member(int Id, string Name, string PositionTitle, string DepartmentName, EmployeeStatus Status, DateOnly HireDate,
        int Depth, int? ManagerId, string? ManagerName);

    public record Model(int ManagerId, string ManagerName, bool IsMine, Page<Member> Members, UpcomingEventList Upcoming, DateOnly Today);

    public class Handler(ErmDbContext db, ICurrentUser user, EmployeeAccess access, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var managerId = request.Id ?? user.EmployeeId ?? throw new NotFoundException();
            await access.RequireAsync(managerId, EmployeeOperations.ViewTeam, ct);
            var managerName = await db.Employees.Where(e => e.Id == managerId)
                .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName)
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

            var members = await db.Below(managerId)
                .Join(db.Employees.Where(e => e.Status != EmployeeStatus.Left), r => r.Id, e => e.Id, (r, e) => new { r.Depth, Employee = e })
                .OrderBy(x => x.Depth).ThenBy(x => x.Employee.LegalLastName).ThenBy(x => x.Employee.LegalFirstName).ThenBy(x => x.Employee.Id)
                .Select(x => new Member(x.Employee.Id, (x.Employee.PreferredName ?? x.Employee.LegalFirstName) + " " + x.Employee.LegalLastName,
                    x.Employee.Position.Title, x.Employee.Department.Name, x.Employee.Status, x.Employee.HireDate, x.Depth, x.Employee.ManagerId,
                    x.Employee.Manager == null ? null : (x.Employee.Manager.PreferredName ?? x.Employee.Manager.LegalFirstName) + " " + x.Employee.Manager.LegalLastName))
                .ToPageAsync(request.Page, PageSize, ct);

            var team = db.Employees.Where(e => db.Below(managerId).Any(r => r.Id == e.Id));
            var upcoming = await UpcomingEvents.ForAsync(team, clock.Today, EventsPerKind, ct);
            return new Model(managerId, managerName, managerId == user.EmployeeId, members, upcoming, clock.Today);
        }
    }

    /// <summary>Whole months from the hire date to today; none for someone who has not started yet.</summary>
    public static int MonthsOfService(DateOnly hireDate, DateOnly today)
    {
        var months = (today.Year - hireDate.Year) * 12 + today.Month - hireDate.Month - (today.Day < hireDate.Day ? 1 : 0);
        return Math.Max(0, months);
    }
}
