using ErmPortal.Web.Compensation.Statements;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Reviews.Conduct;
using ErmPortal.Web.Reviews.Cycles;
using ErmPortal.Web.Reviews.Goals;
using ErmPortal.Web.Reviews.OneOnOnes;
using ErmPortal.Web.Reviews.Calibration;
using ErmPortal.Web.Reviews.Peers;

namespace ErmPortal.Web.Reviews;

/// <summary>
/// Performance: review cycles HR runs, each person's review (their self-assessment, their manager's assessment, 360°
/// feedback from peers, calibration, sharing and acknowledgement), goals through the year, 1:1 meetings and the 9-box.
/// </summary>
public class ReviewsModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMenuItems<ReviewsModule>(
            new MenuItem(MenuArea.Main, 160, "Performance", "~/me/reviews", "bi-graph-up-arrow") { Id = "nav-performance" });
        services.AddReviewConduct();
        services.AddReviewCycles();
        services.AddReviewGoals();
        services.AddReviewOneOnOnes();
        services.AddReviewCalibration();
        services.AddReviewPeers();
        services.AddLedgerSource<ReviewsLedger>();
    }
}
