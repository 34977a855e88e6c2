using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Recruitment.Careers;
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
        services.AddRequisitionNotifications();
        services.AddScoped<OpeningAccess>();
        services.AddScoped<CandidateLinks>();
        services.AddScoped<IAuthorizationHandler, OpeningAuthorizationHandler>();
        services.AddCareers(configuration);
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
        return Task.FromResult<IEnumerable<MenuItem>>([item]);
    }
}
