using ErmPortal.Web.Compensation.Cycles;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Compensation.Records;
using ErmPortal.Web.Compensation.Equity;
using ErmPortal.Web.Compensation.Statements;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;

namespace ErmPortal.Web.Compensation;

/// <summary>
/// Compensation and the value exchange: each person's pay (salary history, bonuses, allowances, benefits) against the
/// bands of their level, compensation review cycles with budgets and a merit guideline, total rewards statements,
/// the value ledger and pay equity. Pay is the person's, their manager chain's and HR's to see; never a colleague's.
/// </summary>
public class CompensationModule : IPortalModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddNavigation<PayNavigation>();
        services.AddPayRecords();
        services.AddCompensationCycles();
        services.AddPayAdministration();
        services.AddRewardStatements();
        services.AddPayEquity();
    }
}

/// <summary>
/// "Pay" leads to the person's own pay; an HR account without an employee record of its own has no pay to show, so
/// for it the entry leads to the review cycles instead, and for anyone else without one it is left out.
/// </summary>
public class PayNavigation : INavigationContributor
{
    public Type Module => typeof(CompensationModule);

    public Task<IEnumerable<MenuItem>> ContributeAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        var url = user.EmployeeId is not null ? "~/me/pay" : user.IsInRole(Roles.Hr) ? "~/compensation/cycles" : null;
        return Task.FromResult<IEnumerable<MenuItem>>(url is null ? [] : [new MenuItem(MenuArea.Main, 170, "Pay", url, "bi-cash-coin") { Id = "nav-pay" }]);
    }
}
