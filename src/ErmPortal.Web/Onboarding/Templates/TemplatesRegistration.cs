namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>The templates part of the Onboarding module: HR's pages, the documents they store, the demo templates.</summary>
public static class TemplatesRegistration
{
    public static IServiceCollection AddOnboardingTemplates(this IServiceCollection services) => services
        .AddScoped<TemplateDocument>()
        .AddScoped<Infrastructure.Modules.IDemoDataSeeder, TemplateDemoData>();
}
