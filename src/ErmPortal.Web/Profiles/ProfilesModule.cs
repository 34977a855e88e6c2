using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Authorization;

namespace ErmPortal.Web.Profiles;

/// <summary>Self-service, photos and change requests: who may see and decide them.</summary>
public class ProfilesModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ChangeRequestAccess>();
        services.AddScoped<IAuthorizationHandler, PhotoAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, ChangeRequestAuthorizationHandler>();
        services.AddScoped<IDemoDataSeeder, ChangeRequestDemoData>();
    }
}
