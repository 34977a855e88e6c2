using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Diagnostics;

/// <summary>For every signed-in person: the fallback policy is the only gate, so the baseline does the sign-in and menu work every page does.</summary>
[Route("diagnostics")]
public class DiagnosticsController(IMediator mediator) : Controller
{
    [HttpGet("baseline")]
    public async Task<IActionResult> GetBaseline() => View(await mediator.Send(new GetBaseline.Query()));
}
