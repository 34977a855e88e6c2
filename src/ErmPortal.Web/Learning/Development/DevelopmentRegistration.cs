using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Timeline;

namespace ErmPortal.Web.Learning.Development;

/// <summary>The development part of the Learning module: plans, recommendations, the skills positions require.</summary>
public static class DevelopmentRegistration
{
    public static IServiceCollection AddLearningDevelopment(this IServiceCollection services) => services
        .AddScoped<DevelopmentPlans>()
        .AddScoped<RecommendationReader>()
        .AddDevelopmentNotifications()
        .AddTimelineKind<DevelopmentPlanAgreedKind>()
        .AddDashboardCard<PlansToAgreeCard>(372, CardWidth.Half)
        .AddDashboardCard<RecommendedCard>(374, CardWidth.Half)
        .AddScoped<IDemoDataSeeder, DevelopmentDemoData>();
}
