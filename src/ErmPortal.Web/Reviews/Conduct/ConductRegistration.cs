using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;

namespace ErmPortal.Web.Reviews.Conduct;

public static class ConductRegistration
{
    /// <summary>
    /// The review itself: the person's and the reviewer's parts, sharing, the person's answer and the lock, with their
    /// timeline kinds, notifications, digest, home cards and profile panel.
    /// </summary>
    public static IServiceCollection AddReviewConduct(this IServiceCollection services)
    {
        services.AddScoped<ReviewAccess>();
        services.AddScoped<IAuthorizationHandler, ReviewAuthorizationHandler>();
        services.AddConductTimelineKinds();
        services.AddConductNotifications();
        services.AddReminderSource<ReviewReminders>();
        services.AddDashboardCard<YourReviewCard>(610, CardWidth.Half);
        services.AddDashboardCard<ReviewsToWriteCard>(611, CardWidth.Half, Roles.Manager, Roles.Hr);
        services.AddProfilePanel<ReviewsPanel>(ProfileColumn.Side, 150);
        return services;
    }
}
