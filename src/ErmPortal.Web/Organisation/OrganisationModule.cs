using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Authorization;

namespace ErmPortal.Web.Organisation;

/// <summary>People, departments, positions and locations; the job lifecycle; who may see whom.</summary>
public class OrganisationModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReportingLines>();
        services.AddScoped<ViewerRelations>();
        services.AddScoped<EmployeeAccess>();
        services.AddScoped<EmployeeFormRules>();
        services.AddScoped<EmployeeImportRules>();
        services.AddScoped<IAuthorizationHandler, EmployeeAuthorizationHandler>();
        services.AddScheduledJob<ApplyDueJobChangesJob>();
        services.AddOrganisationTimelineKinds();
        services.AddScoped<IDemoDataSeeder, OrganisationTimelineHistory>();
    }
}
