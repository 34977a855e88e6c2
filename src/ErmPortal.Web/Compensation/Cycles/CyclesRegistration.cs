namespace ErmPortal.Web.Compensation.Cycles;

public static class CyclesRegistration
{
    /// <summary>Compensation cycles: who works on whose raise, what managers and HR are told, their home cards and the demo cycles.</summary>
    public static IServiceCollection AddCompensationCycles(this IServiceCollection services) => services
        .AddScoped<ProposalAccess>()
        .AddScoped<Infrastructure.Modules.IDemoDataSeeder, CompensationCycleDemoData>();
}
