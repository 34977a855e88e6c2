using ErmPortal.Web.Compensation.Statements;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Authorization;
using ErmPortal.Web.Onboarding.CheckIns;
using ErmPortal.Web.Onboarding.Documents;
using ErmPortal.Web.Onboarding.Leaving;
using ErmPortal.Web.Onboarding.Plans;
using ErmPortal.Web.Onboarding.Templates;

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
        services.AddNavigation<OnboardingNavigation>();
        services.AddCheckIns();
        services.AddOnboardingTemplates();
        services.AddOnboardingPlans();
        services.AddEmployeeDocuments();
        services.AddLeaving();
        services.AddLedgerSource<OnboardingLedger>();
    }
}

/// <summary>One entry for HR's onboarding and offboarding work: running plans and templates are tabs of their own.</summary>
public class OnboardingNavigation : INavigationContributor
{
    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<MenuItem>>(
            [new MenuItem(MenuArea.Main, 460, "Onboarding", "~/onboarding/plans", "bi-person-check") { Roles = [Roles.Hr], Id = "nav-onboarding" }]);
}
