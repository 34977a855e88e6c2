using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Authorization;
using ErmPortal.Web.Onboarding.Plans;

namespace ErmPortal.Web.Onboarding;

/// <summary>Onboarding and offboarding: journey templates, the plans made from them, check-ins, exit interviews and employee documents.</summary>
public class OnboardingModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OnboardingOptions>(configuration.GetSection("Onboarding"));
        services.AddScoped<PlanStarter>();
        services.AddScoped<BuddySuggestions>();
        services.AddScoped<PlanAccess>();
        services.AddScoped<IAuthorizationHandler, PlanAuthorizationHandler>();
    }
}
