using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>How a viewer stands to the person whose records are asked for.</summary>
public enum Viewer { Self, Peer, Manager, SkipLevelManager, Hr, Admin, Anonymous }

/// <summary>
/// The people around one target employee in the demo organisation (employee@erm.demo): each relation is a real
/// person found in the data, given the demo password so tests can sign in as them.
/// </summary>
public record Relations(int TargetId, IReadOnlyDictionary<Viewer, string?> Emails)
{
    public static async Task<Relations> FindAsync(PortalFactory portal)
    {
        var target = await portal.QueryDbAsync(db => db.Employees.Include(e => e.Manager).SingleAsync(e => e.WorkEmail == DemoPeople.Employee));
        var skipLevel = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == target.Manager!.ManagerId).Select(e => e.WorkEmail).SingleAsync());
        Assert.Equal(DemoPeople.Manager, skipLevel);
        var hrUserIds = await portal.QueryDbAsync(db => db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Hr), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId).ToListAsync());
        // A colleague outside the target's reporting line, with nobody reporting to them and no HR role.
        var peer = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.DepartmentId != target.DepartmentId && !e.DirectReports.Any() && !hrUserIds.Contains(e.UserId!)
                        && e.WorkEmail != DemoPeople.Admin && e.Status != EmployeeStatus.Left)
            .OrderBy(e => e.Id).Select(e => e.WorkEmail).FirstAsync());
        foreach (var email in new[] { target.Manager!.WorkEmail, peer }) await portal.SetDemoPasswordAsync(email);
        return new Relations(target.Id, new Dictionary<Viewer, string?>
        {
            [Viewer.Self] = DemoPeople.Employee, [Viewer.Peer] = peer, [Viewer.Manager] = target.Manager!.WorkEmail,
            [Viewer.SkipLevelManager] = DemoPeople.Manager, [Viewer.Hr] = DemoPeople.Hr, [Viewer.Admin] = DemoPeople.Admin,
            [Viewer.Anonymous] = null,
        });
    }

    public async Task<HttpClient> ClientAsync(PortalFactory portal, Viewer viewer) =>
        Emails[viewer] is { } email ? await portal.SignedInClientAsync(email) : portal.CreatePortalClient();
}
