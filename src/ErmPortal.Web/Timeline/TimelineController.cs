using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Timeline;

public class TimelineController(IMediator mediator) : Controller
{
    [HttpGet("employees/{id:int}/timeline")]
    public async Task<IActionResult> GetTimeline(GetTimeline.Query query) => View(await mediator.Send(query));
}
