using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Onboarding.Leaving;

public static class LeavingRegistration
{
    /// <summary>Leaving: exit interviews (HR only) and their demo answers. The sign-in cut-off is an event handler, found at start-up.</summary>
    public static IServiceCollection AddLeaving(this IServiceCollection services)
    {
        services.AddScoped<IDemoDataSeeder, ExitInterviewDemoData>();
        return services;
    }
}
