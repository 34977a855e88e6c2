using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Home;

/// <summary>The home page: one section per role the person holds, each reading only what that role may see.</summary>
public static class GetDashboard
{
    public record Query : IRequest<Model>;

    public record Model(MySection? Me, TeamSection? Team, HrSection? Hr, AdminSection? Admin);

    public record MySection(int EmployeeId, string Name, string PositionTitle, string DepartmentName, string LocationName,
        int? ManagerId, string? ManagerName, DateOnly HireDate)
    {
        public Profiles.Completeness? Completeness { get; init; }
    }

    public record TeamMember(int Id, string Name, string PositionTitle, EmployeeStatus Status);

    public record TeamSection(IReadOnlyList<TeamMember> DirectReports, int WholeTeamSize);

    public record Count(string Label, int Value);

    public record RecentHire(int Id, string Name, string DepartmentName, DateOnly HireDate);

    public record HrSection(int Headcount, IReadOnlyList<Count> ByStatus, IReadOnlyList<Count> ByDepartment, IReadOnlyList<RecentHire> RecentHires);

    public record AdminSection(int Accounts, int Disabled, int LockedOut, int NeverSignedIn);

    public class Handler(ErmDbContext db, ICurrentUser user, ReportingLines reportingLines, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var me = user.EmployeeId is { } id ? await MeAsync(id, cancellationToken) : null;
            if (me is not null) me = me with { Completeness = await GetEmployee.CompletenessAsync(db, me.EmployeeId, cancellationToken) };
            var team = me is not null && user.IsInRole(Roles.Manager) ? await TeamAsync(me.EmployeeId, cancellationToken) : null;
            var hr = user.IsInRole(Roles.Hr) ? await HrAsync(cancellationToken) : null;
            var admin = user.IsInRole(Roles.Admin) ? await AdminAsync(cancellationToken) : null;
            return new Model(me, team, hr, admin);
        }

        private Task<MySection?> MeAsync(int employeeId, CancellationToken ct) =>
            db.Employees.Where(e => e.Id == employeeId)
                .Select(e => new MySection(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title,
                    e.Department.Name, e.Location.Name, e.ManagerId,
                    e.Manager == null ? null : (e.Manager.PreferredName ?? e.Manager.LegalFirstName) + " " + e.Manager.LegalLastName,
                    e.HireDate))
                .FirstOrDefaultAsync(ct);

        private async Task<TeamSection> TeamAsync(int managerId, CancellationToken ct)
        {
            var reports = await db.Employees.Where(e => e.ManagerId == managerId)
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName)
                .Select(e => new TeamMember(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title, e.Status))
                .ToListAsync(ct);
            return new TeamSection(reports, await reportingLines.SubtreeSizeAsync(managerId, ct));
        }

        private async Task<HrSection> HrAsync(CancellationToken ct)
        {
            var byStatus = await db.Employees.GroupBy(e => e.Status)
                .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
            var current = db.Employees.Where(e => e.Status != EmployeeStatus.Left);
            var byDepartment = await current.GroupBy(e => e.Department.Name)
                .Select(g => new Count(g.Key, g.Count())).ToListAsync(ct);
            var today = clock.Today;
            var recent = await current.Where(e => e.HireDate <= today).OrderByDescending(e => e.HireDate).ThenByDescending(e => e.Id).Take(5)
                .Select(e => new RecentHire(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Department.Name, e.HireDate))
                .ToListAsync(ct);
            return new HrSection(
                byStatus.Where(s => s.Status != EmployeeStatus.Left).Sum(s => s.Count),
                Enum.GetValues<EmployeeStatus>().Select(s => new Count(s.ToString(), byStatus.FirstOrDefault(b => b.Status == s)?.Count ?? 0)).ToList(),
                byDepartment.OrderByDescending(d => d.Value).ThenBy(d => d.Label).ToList(),
                recent);
        }

        private async Task<AdminSection> AdminAsync(CancellationToken ct)
        {
            var now = clock.UtcNow;
            return new AdminSection(
                await db.Users.CountAsync(ct),
                await db.Users.CountAsync(u => u.DisabledAtUtc != null, ct),
                // LockoutEnd is a DateTimeOffset, which SQLite cannot compare in SQL; the few locked rows are compared here.
                (await db.Users.Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd).ToListAsync(ct)).Count(end => end > now),
                await db.Users.CountAsync(u => u.LastSignInAtUtc == null && u.DisabledAtUtc == null, ct));
        }
    }
}
