using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Timeline;

/// <summary>The one interaction timeline every module writes to.</summary>
public class TimelineModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TimelineRecorder>();
    }
}
