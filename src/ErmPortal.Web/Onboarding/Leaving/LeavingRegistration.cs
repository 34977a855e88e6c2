using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Organisation;

namespace ErmPortal.Web.Onboarding.Leaving;

public static class LeavingRegistration
{
    /// <summary>Leaving: exit interviews (HR only), their panel on a leaver's profile and their demo answers. The sign-in cut-off is an event handler, found at start-up.</summary>
    public static IServiceCollection AddLeaving(this IServiceCollection services)
    {
        services.AddProfilePanel<ExitInterviewPanel>(ProfileColumn.Side, 125);
        services.AddScoped<IDemoDataSeeder, ExitInterviewDemoData>();
        return services;
    }
}
