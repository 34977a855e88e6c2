using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Home;

public class HomeController(IMediator mediator) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Dashboard() => View(await mediator.Send(new GetDashboard.Query()));
}
