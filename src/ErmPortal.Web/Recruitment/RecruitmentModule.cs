using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Modules;
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
        services.AddRequisitionNotifications();
        services.AddScoped<OpeningAccess>();
        services.AddScoped<CandidateLinks>();
        services.Configure<RecruitmentOptions>(configuration.GetSection("Recruitment"));
        services.AddScheduledJob<Privacy.AnonymiseExpiredCandidatesJob>();
        services.AddScoped<TalentPoolEmails>();
        services.AddTalentPoolTimelineKinds();
        services.AddScoped<IAuthorizationHandler, OpeningAuthorizationHandler>();
        services.AddScoped<ApplicationVisibility>();
        services.AddPipelineTimelineKinds();
        services.AddNavigation<CandidatesNavigation>();
        // Openings are HR's to run and the hiring managers' to follow; an interviewer reaches theirs from the notification.
        services.AddMenuItems<RecruitmentModule>(new MenuItem(MenuArea.Main, 455, "Openings", "~/recruitment/openings", "bi-briefcase")
        {
            Roles = [Roles.Manager, Roles.Hr], Id = "nav-openings",
        });
        services.AddOpeningNotifications();
        services.AddScoped<IDemoDataSeeder, OpeningDemoData>();
        services.AddScoped<OfferTeam>();
        services.AddOfferTimelineKinds();
        services.AddInterviews();
        services.AddInternalMobility();
    }
}

/// <summary>Managers and HR see the requisitions; HR's entry carries how many wait for a decision, kept until one is written.</summary>
public class RecruitmentNavigation(ErmDbContext db, KeptResults kept) : INavigationContributor
{
    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        var item = new MenuItem(MenuArea.Main, 450, "Requisitions", "~/recruitment/requisitions", "bi-person-plus")
        {
            Roles = [Roles.Manager, Roles.Hr], Id = "nav-requisitions",
            Badge = user.IsInRole(Roles.Hr)
                ? ct => kept.GetAsync("pending requisitions", ["Requisitions"],
                    c => db.Set<Requisition>().CountAsync(r => r.Status == RequisitionStatus.Pending, c), ct)
                : null,
        };
        var analytics = new MenuItem(MenuArea.Main, 480, "Recruitment analytics", "~/recruitment/analytics", "bi-bar-chart")
        {
            Roles = [Roles.Manager, Roles.Hr], Id = "nav-recruitment-analytics",
        };
        var pool = new MenuItem(MenuArea.Main, 470, "Talent pool", "~/recruitment/talent-pool", "bi-stars") { Roles = [Roles.Hr], Id = "nav-talent-pool" };
        return Task.FromResult<IEnumerable<MenuItem>>([item, pool, analytics]);
    }
}
