using ErmPortal.Web.Compensation.Statements;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>People, departments, positions and locations; the job lifecycle; who may see whom.</summary>
public class OrganisationModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReportingLines>();
        services.AddScoped<ViewerRelations>();
        services.AddScoped<EmployeeAccess>();
        services.AddScoped<PersonContext>();
        services.AddScoped<IContextWarningSource, OrganisationContextWarnings>();
        services.AddScoped<EmployeeFormRules>();
        services.AddScoped<EmployeeImportRules>();
        services.AddScoped<IAuthorizationHandler, EmployeeAuthorizationHandler>();
        services.AddScheduledJob<ApplyDueJobChangesJob>();
        services.AddScheduledJob<CountTeamsJob>();
        services.AddScoped<IDemoDataSeeder, CountTeamsWhenSeeded>();
        services.AddOrganisationTimelineKinds();
        services.AddScoped<IDemoDataSeeder, OrganisationTimelineHistory>();
        services.AddNavigation<OrganisationNavigation>();
        services.AddDashboardCard<MyTeamCard>(200, CardWidth.Half, Roles.Manager);
        services.AddDashboardCard<OrganisationFiguresCard>(300, CardWidth.Half, Roles.Hr);
        services.AddDashboardCard<UpcomingEventsCard>(320, CardWidth.Half, Roles.Hr);
        services.AddDashboardCard<WorkforceTrendCard>(360, CardWidth.Full, Roles.Hr);
        services.AddScoped<IDemoDataSeeder, OrganisationDemoData>();
        services.AddLedgerSource<OrganisationLedger>();
    }
}

/// <summary>The employee list for HR and administrators; "My team" for anyone with people reporting to them, whatever their roles.</summary>
public class OrganisationNavigation(ErmDbContext db) : INavigationContributor
{
    public async Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        var items = new List<MenuItem>
        {
            new(MenuArea.Main, 300, "Employees", "~/employees", "bi-person-vcard") { Roles = [Roles.Hr, Roles.Admin], Id = "nav-employees" },
        };
        if (user.EmployeeId is { } me
            && await db.Employees.AnyAsync(e => e.ManagerId == me && e.Status != EmployeeStatus.Left, cancellationToken))
            items.Add(new MenuItem(MenuArea.Main, 250, "My team", "~/team", "bi-people") { Id = "nav-my-team" });
        return items;
    }
}
