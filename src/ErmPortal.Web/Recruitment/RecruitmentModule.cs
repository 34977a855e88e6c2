using ErmPortal.Web.Compensation.Statements;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Recruitment.Careers;
using ErmPortal.Web.Recruitment.Interviews;
using ErmPortal.Web.Recruitment.Mobility;
using ErmPortal.Web.Recruitment.Offers;
using ErmPortal.Web.Recruitment.Openings;
using ErmPortal.Web.Recruitment.Pipeline;
using ErmPortal.Web.Recruitment.TalentPool;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>Recruitment: headcount requisitions from managers, decided by HR; its menu entry, HR's home card, notifications and demo data.</summary>
public class RecruitmentModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddNavigation<RecruitmentNavigation>();
        services.AddDashboardCard<PendingRequisitionsCard>(345, CardWidth.Half, Roles.Hr);
        services.AddScoped<IDemoDataSeeder, RequisitionDemoData>();
        services.AddScoped<IDemoDataSeeder, CandidateDemoData>();
        services.AddScoped<IDemoDataSeeder, CandidateVolumeData>();
        services.AddRequisitionNotifications();
        services.AddScoped<OpeningAccess>();
        services.AddScoped<CandidateLinks>();
        services.Configure<RecruitmentOptions>(configuration.GetSection("Recruitment"));
        services.AddScheduledJob<Privacy.AnonymiseExpiredCandidatesJob>();
        services.AddScoped<TalentPoolEmails>();
        services.AddScoped<Scoring.CandidateScores>();
        services.AddTalentPoolTimelineKinds();
        services.AddScoped<IAuthorizationHandler, OpeningAuthorizationHandler>();
        services.AddScoped<ApplicationVisibility>();
        services.AddPipelineTimelineKinds();
        services.AddOpeningNotifications();
        services.AddScoped<IDemoDataSeeder, OpeningDemoData>();
        services.AddScoped<OfferTeam>();
        services.AddOfferTimelineKinds();
        services.AddInterviews();
        services.AddCareers(configuration);
        services.AddInternalMobility();
        services.AddLedgerSource<RecruitmentLedger>();
        services.AddProfilePanel<CandidateRecordPanel>(ProfileColumn.Side, 110);
    }
}

/// <summary>
/// One entry for recruitment, for managers and HR: its pages (openings, candidates, requisitions, the talent pool, the
/// figures) are tabs of their own. HR's entry carries how many requisitions wait for a decision, kept until one is written.
/// An interviewer who is neither reaches their openings from the notification and their interviews from their home page.
/// </summary>
public class RecruitmentNavigation(ErmDbContext db, KeptResults kept) : INavigationContributor
{
    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        var item = new MenuItem(MenuArea.Main, 450, "Recruitment", "~/recruitment/openings", "bi-briefcase")
        {
            Roles = [Roles.Manager, Roles.Hr], Id = "nav-recruitment",
            Badge = user.IsInRole(Roles.Hr)
                ? ct => kept.GetAsync("pending requisitions", ["Requisitions"],
                    c => db.Set<Requisition>().CountAsync(r => r.Status == RequisitionStatus.Pending, c), ct)
                : null,
        };
        return Task.FromResult<IEnumerable<MenuItem>>([item]);
    }
}
