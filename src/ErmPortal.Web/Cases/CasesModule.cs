using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;

namespace ErmPortal.Web.Cases;

/// <summary>
/// HR cases: grievances, disciplinary matters, investigations, accommodations and improvement plans HR handles about
/// an employee, with their notes and outcome. Confidential to HR (never about themselves); the managers above the person
/// learn only that something is open, among the warnings before they act on them.
/// </summary>
public class CasesModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMenuItems<CasesModule>(
            new MenuItem(MenuArea.Main, 340, "HR cases", "~/cases", "bi-folder2-open") { Roles = [Roles.Hr], Id = "nav-cases" });
        services.AddScoped<IAuthorizationHandler, CaseAuthorizationHandler>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseForms>();
        services.AddScoped<IContextWarningSource, CaseContextWarnings>();
        services.AddDashboardCard<OpenCasesCard>(342, CardWidth.Half, Roles.Hr);
        services.AddScoped<IDemoDataSeeder, CaseDemoData>();
    }
}
