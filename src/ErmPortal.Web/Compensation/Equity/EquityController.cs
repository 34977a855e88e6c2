using ErmPortal.Data.Accounts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Compensation.Equity;

/// <summary>Pay equity across the organisation: HR's, in groups of at least five.</summary>
[Authorize(Roles = Roles.Hr)]
public class EquityController(IMediator mediator) : Controller
{
    [HttpGet("compensation/equity")]
    public async Task<IActionResult> GetPayEquity(int? departmentId) => View(await mediator.Send(new GetPayEquity.Query(departmentId)));
}
