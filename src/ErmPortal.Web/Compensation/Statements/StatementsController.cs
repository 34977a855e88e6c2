using ErmPortal.Data.Accounts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Compensation.Statements;

/// <summary>
/// Total rewards statements and the value ledger: the viewer's own under /me/pay, anyone's for the managers above them
/// and HR (the handlers decide; anyone else is told it does not exist), a manager's whole team and HR's departments.
/// </summary>
public class StatementsController(IMediator mediator) : Controller
{
    [HttpGet("me/pay/total-rewards")]
    public async Task<IActionResult> MyTotalRewards(int? year) => View("GetTotalRewards", await mediator.Send(new GetTotalRewards.Query(null, year)));

    [HttpGet("compensation/people/{employeeId:int}/total-rewards")]
    public async Task<IActionResult> GetTotalRewards(int employeeId, int? year) => View(await mediator.Send(new GetTotalRewards.Query(employeeId, year)));

    [HttpGet("me/pay/ledger")]
    public async Task<IActionResult> MyLedger() => View("GetLedger", await mediator.Send(new GetLedger.Query(null)));

    [HttpGet("compensation/people/{employeeId:int}/ledger")]
    public async Task<IActionResult> GetLedger(int employeeId) => View(await mediator.Send(new GetLedger.Query(employeeId)));

    [HttpGet("compensation/ledger/team")]
    [Authorize(Roles = Roles.Manager + "," + Roles.Hr)]
    public async Task<IActionResult> GetTeamLedger(int? year, int page = 1) => View(await mediator.Send(new GetTeamLedger.Query(year, page)));

    [HttpGet("compensation/ledger/departments")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> GetDepartmentLedger(int? year, int page = 1) => View(await mediator.Send(new GetDepartmentLedger.Query(year, page)));
}
