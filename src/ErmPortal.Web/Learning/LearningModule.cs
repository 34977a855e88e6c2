using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Learning.Compliance;
using ErmPortal.Web.Learning.Courses;

namespace ErmPortal.Web.Learning;

/// <summary>
/// Learning and development: the course catalog with its sessions and the positions each course is mandatory for.
/// Enrolment, completions, certifications and recommendations build on these.
/// </summary>
public class LearningModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMenuItems<LearningModule>(
            new MenuItem(MenuArea.Main, 150, "Learning", "~/learning/courses", "bi-mortarboard") { Id = "nav-learning" });
        services.AddLearningCatalog();
        services.AddLearningCompliance();
    }
}
