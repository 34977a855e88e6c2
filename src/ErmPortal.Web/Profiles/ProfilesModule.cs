using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>Self-service on one's own profile, change requests that HR decides, photos and "download my data".</summary>
public class ProfilesModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddNavigation<ProfilesNavigation>();
        services.AddDashboardCard<MyProfileCard>(100, CardWidth.Full);
        services.AddDashboardCard<PendingChangeRequestsCard>(340, CardWidth.Half, Roles.Hr);
    }
}

/// <summary>
/// A person's own profile entries need an employee record (an administrator's account may have none); HR's queue
/// carries the number of requests waiting for a decision.
/// </summary>
public class ProfilesNavigation(ErmDbContext db) : INavigationContributor
{
    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        var items = new List<MenuItem>
        {
            new(MenuArea.Main, 400, "Change requests", "~/change-requests", "bi-inboxes")
            {
                Roles = [Roles.Hr], Id = "nav-change-requests",
                Badge = ct => db.ChangeRequests.CountAsync(r => r.Status == ChangeRequestStatus.Pending, ct),
            },
        };
        if (user.EmployeeId is not null)
            items.AddRange(
            [
                new(MenuArea.Main, 200, "My profile", "~/me", "bi-person") { Id = "nav-my-profile" },
                new(MenuArea.User, 100, "Edit my profile", "~/me/profile", "bi-pencil") { Id = "nav-edit-my-profile" },
                new(MenuArea.User, 110, "My change requests", "~/me/change-requests", "bi-shield-check") { Id = "nav-my-change-requests" },
                new(MenuArea.User, 120, "Download my data (JSON)", "~/me/data.json", "bi-download"),
                new(MenuArea.User, 130, "Download my data (CSV)", "~/me/data.zip", "bi-file-earmark-zip"),
            ]);
        return Task.FromResult<IEnumerable<MenuItem>>(items);
    }
}
