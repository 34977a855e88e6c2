using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>Self-service: the person's own details, change requests to HR, photos and their data; their menu entries, cards, timeline kinds, notifications, reminders and demo history.</summary>
public class ProfilesModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddNavigation<ProfilesNavigation>();
        services.AddDashboardCard<MyProfileCard>(100, CardWidth.Full);
        services.AddDashboardCard<PendingChangeRequestsCard>(340, CardWidth.Half, Roles.Hr);
        services.AddScoped<ChangeRequestAccess>();
        services.AddScoped<IAuthorizationHandler, PhotoAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, ChangeRequestAuthorizationHandler>();
        services.AddScoped<IDemoDataSeeder, ChangeRequestDemoData>();
        services.AddProfileTimelineKinds();
        services.AddScoped<IDemoDataSeeder, ProfileTimelineHistory>();
        services.Configure<ChangeRequestOptions>(configuration.GetSection("ChangeRequests"));
        services.AddNotificationKind<ProfilesModule>(ChangeRequestNotifications.Submitted, "A change request is sent to HR", "bi-inboxes", emailByDefault: true,
            (args, l) => l["{0} asked HR to change: {1}", args.Get("employee"), ChangeRequestNotifications.FieldList(args, l)]);
        services.AddNotificationKind<ProfilesModule>(ChangeRequestNotifications.Decided, "HR decides on my change request", "bi-shield-check", emailByDefault: true,
            (args, l) => args.Get("outcome") == nameof(Data.Profiles.ChangeRequestStatus.Approved)
                ? l["Your change of {0} was approved and applied.", ChangeRequestNotifications.FieldList(args, l)]
                : l["Your change of {0} was rejected. Open your requests to read HR's reason.", ChangeRequestNotifications.FieldList(args, l)]);
        services.AddNotificationKind<ProfilesModule>(ChangeRequestNotifications.Overdue, "A change request waits too long for HR", "bi-hourglass-split", emailByDefault: true,
            (args, l) => l["{0}'s request to change {1} has been waiting since {2}.", args.Get("employee"),
                ChangeRequestNotifications.FieldList(args, l), args.DateText("since")]);
        services.AddReminderSource<OverdueChangeRequestReminders>();
        services.AddScoped<IDemoDataSeeder, ChangeRequestNotificationsDemoData>();
    }
}

public class ChangeRequestOptions
{
    /// <summary>After this many days without a decision a pending request is overdue, and HR is reminded of it every day.</summary>
    public int OverdueAfterDays { get; set; } = 3;
}

/// <summary>
/// A person's own profile entries need an employee record (an administrator's account may have none); HR's queue
/// carries the number of requests waiting for a decision, kept until a request is written.
/// </summary>
public class ProfilesNavigation(ErmDbContext db, KeptResults kept) : INavigationContributor
{
    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        var items = new List<MenuItem>
        {
            new(MenuArea.Main, 400, "Change requests", "~/change-requests", "bi-inboxes")
            {
                Roles = [Roles.Hr], Id = "nav-change-requests",
                Badge = ct => kept.GetAsync("pending change requests", ["ChangeRequests"],
                    c => db.ChangeRequests.CountAsync(r => r.Status == ChangeRequestStatus.Pending, c), ct),
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
