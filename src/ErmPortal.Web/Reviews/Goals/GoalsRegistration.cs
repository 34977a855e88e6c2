using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Authorization;

namespace ErmPortal.Web.Reviews.Goals;

/// <summary>The goals part of the Reviews module: who may read and set a person's goals, the forms' options, demo goals.</summary>
public static class GoalsRegistration
{
    public static IServiceCollection AddReviewGoals(this IServiceCollection services) => services
        .AddScoped<IAuthorizationHandler, GoalAuthorizationHandler>()
        .AddScoped<GoalAccess>()
        .AddScoped<GoalForms>()
        .AddScoped<IDemoDataSeeder, GoalDemoData>();
}
