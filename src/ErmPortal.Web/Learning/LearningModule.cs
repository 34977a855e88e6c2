using ErmPortal.Web.Compensation.Statements;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Learning.Compliance;
using ErmPortal.Web.Learning.Courses;
using ErmPortal.Web.Learning.Enrolments;
using ErmPortal.Web.Learning.Records;
using ErmPortal.Web.Learning.Development;

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
        services.AddLearningEnrolments();
        services.AddLearningRecords();
        services.AddLearningDevelopment();
        services.AddLearningCompliance();
        services.AddLedgerSource<LearningLedger>();
    }
}
