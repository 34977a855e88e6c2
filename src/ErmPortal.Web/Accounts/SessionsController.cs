using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Accounts;

[Route("me/sessions")]
public class SessionsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListMySessions() => View(await mediator.Send(new ListMySessions.Query()));

    [HttpPost("{id:int}/end")]
    public async Task<IActionResult> EndMySession(int id)
    {
        await mediator.Send(new EndMySession.Command(id));
        TempData["Flash"] = "That device is signed out.";
        return RedirectToAction(nameof(ListMySessions));
    }

    [HttpPost("end-others")]
    public async Task<IActionResult> EndMyOtherSessions()
    {
        await mediator.Send(new EndMySession.Command(null));
        TempData["Flash"] = "Every other device is signed out.";
        return RedirectToAction(nameof(ListMySessions));
    }
}
