using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Compensation.Cycles;

public static class CyclesRegistration
{
    /// <summary>Compensation cycles: who works on whose raise, what managers and HR are told, their home cards and the demo cycles.</summary>
    public static IServiceCollection AddCompensationCycles(this IServiceCollection services) => services
        .AddScoped<ProposalAccess>()
        .AddCycleNotifications()
        .AddDashboardCard<PayReviewCard>(620, CardWidth.Half, Roles.Manager, Roles.Hr)
        .AddDashboardCard<OpenCyclesCard>(390, CardWidth.Half, Roles.Hr)
        .AddScoped<IDemoDataSeeder, CompensationCycleDemoData>();
}
