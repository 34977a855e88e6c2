using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Compensation.Equity;

public static class EquityRegistration
{
    /// <summary>Pay equity, and the demo organisation's recorded genders it compares.</summary>
    public static IServiceCollection AddPayEquity(this IServiceCollection services) => services
        .AddScoped<IDemoDataSeeder, GenderDemoData>();
}
