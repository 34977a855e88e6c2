using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Learning.Courses;

/// <summary>The catalog part of the Learning module: its demo courses and sessions.</summary>
public static class CatalogRegistration
{
    public static IServiceCollection AddLearningCatalog(this IServiceCollection services) => services
        .AddScoped<IDemoDataSeeder, CourseDemoData>();
}
