using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using Microsoft.AspNetCore.Authorization;

namespace ErmPortal.Web.Profiles;

/// <summary>Self-service: the person's own details, change requests to HR, photos and their data; their timeline kinds, notifications, reminders and demo history.</summary>
public class ProfilesModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ChangeRequestAccess>();
        services.AddScoped<IAuthorizationHandler, PhotoAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, ChangeRequestAuthorizationHandler>();
        services.AddScoped<IDemoDataSeeder, ChangeRequestDemoData>();
        services.AddProfileTimelineKinds();
        services.AddScoped<IDemoDataSeeder, ProfileTimelineHistory>();
        services.Configure<ChangeRequestOptions>(configuration.GetSection("ChangeRequests"));
        services.AddNotificationKind(ChangeRequestNotifications.Submitted, "A change request is sent to HR", "bi-inboxes", emailByDefault: true,
            (args, l) => l["{0} asked HR to change: {1}", args.Get("employee"), ChangeRequestNotifications.FieldList(args, l)]);
        services.AddNotificationKind(ChangeRequestNotifications.Decided, "HR decides on my change request", "bi-shield-check", emailByDefault: true,
            (args, l) => args.Get("outcome") == nameof(Data.Profiles.ChangeRequestStatus.Approved)
                ? l["Your change of {0} was approved and applied.", ChangeRequestNotifications.FieldList(args, l)]
                : l["Your change of {0} was rejected. Open your requests to read HR's reason.", ChangeRequestNotifications.FieldList(args, l)]);
        services.AddNotificationKind(ChangeRequestNotifications.Overdue, "A change request waits too long for HR", "bi-hourglass-split", emailByDefault: true,
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
