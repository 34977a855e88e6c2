using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Profiles;

/// <summary>Self-service: the person's own details, change requests to HR, photos and their data.</summary>
public class ProfilesModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddProfileTimelineKinds();
        services.AddScoped<IDemoDataSeeder, ProfileTimelineHistory>();
    }
}
