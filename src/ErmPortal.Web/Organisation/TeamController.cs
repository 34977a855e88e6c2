using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Organisation;

/// <summary>A manager's team. Who may see which team is decided in the handler, since it depends on the reporting line.</summary>
[Route("team")]
public class TeamController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> GetMyTeam(int page = 1) => View(await mediator.Send(new GetMyTeam.Query(null, page)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetTeam(int id, int page = 1) => View(nameof(GetMyTeam), await mediator.Send(new GetMyTeam.Query(id, page)));
}
