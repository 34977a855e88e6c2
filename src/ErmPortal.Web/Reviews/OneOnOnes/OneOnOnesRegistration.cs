using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Authorization;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>The 1:1 part of the Reviews module: who opens a meeting, its cards, notifications and digest, demo meetings.</summary>
public static class OneOnOnesRegistration
{
    public static IServiceCollection AddReviewOneOnOnes(this IServiceCollection services) => services
        .AddScoped<IAuthorizationHandler, OneOnOneAuthorizationHandler>()
        .AddScoped<OneOnOneAccess>()
        .AddOneOnOneNotifications()
        .AddDashboardCard<NextOneOnOneCard>(170, CardWidth.Half)
        .AddDashboardCard<ActionItemsDueCard>(172, CardWidth.Half)
        .AddScoped<IDemoDataSeeder, OneOnOneDemoData>();
}
