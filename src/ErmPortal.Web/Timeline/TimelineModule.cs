using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Timeline;

/// <summary>The one interaction timeline every module writes to; each module registers the kinds it records.</summary>
public class TimelineModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TimelineRecorder>();
        services.AddScoped<TimelineRenderer>();
        services.AddTimelineKind<LegacyTimelineKind>();
    }
}
