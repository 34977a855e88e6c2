using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Infrastructure.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        // Registered before AddLocalization, whose default factory is only added when none is.
        services.AddSingleton<IStringLocalizerFactory, ModuleResourcesLocalizerFactory>();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = PortalHost.SupportedCultures;
            options.SupportedUICultures = PortalHost.SupportedCultures;
            options.FallBackToParentUICultures = true;
        });
        services.AddScoped<ValidationMessages>();
        services.AddTransient<IConfigureOptions<MvcOptions>, LocalizedModelBinding>();
        return services;
    }
}
