using ErmPortal.Web.Compensation.Cycles;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Compensation.Records;
using ErmPortal.Web.Compensation.Equity;
using ErmPortal.Web.Compensation.Statements;
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
        services.AddMenuItems<CompensationModule>(
            new MenuItem(MenuArea.Main, 170, "Pay", "~/me/pay", "bi-cash-coin") { Id = "nav-pay" });
        services.AddPayRecords();
        services.AddCompensationCycles();
        services.AddPayAdministration();
        services.AddRewardStatements();
        services.AddPayEquity();
    }
}
