using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Directory;

/// <summary>For every signed-in person: the fallback policy is the only gate, since colleagues need to find each other.</summary>
[Route("directory")]
public class DirectoryController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> SearchDirectory(SearchDirectory.Query query) =>
        View(await mediator.Send(query));

    [HttpGet("org")]
    [HttpGet("org/{id:int}")]
    public async Task<IActionResult> GetOrgChart(int? id) =>
        View(await mediator.Send(new GetOrgChart.Query(id)));
}
