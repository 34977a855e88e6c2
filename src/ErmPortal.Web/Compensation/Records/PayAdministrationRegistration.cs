using ErmPortal.Web.Compensation.Bands;

namespace ErmPortal.Web.Compensation.Records;

public static class PayAdministrationRegistration
{
    /// <summary>
    /// HR's pay administration: recording a person's salary, bonuses, allowances and benefits (the handlers and forms
    /// need nothing registered beyond the mediator's), the pay bands with everyone placed against them, the benefits
    /// catalogue and the pay settings.
    /// </summary>
    public static IServiceCollection AddPayAdministration(this IServiceCollection services) => services
        .AddScoped<BandPlacements>();
}
