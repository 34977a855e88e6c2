using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Audit;

[Route("audit")]
[Authorize(Policy = Policies.HrOrAdmin)]
public class AuditController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> SearchAuditLog(SearchAuditLog.Query query) => View(await mediator.Send(query));
}
