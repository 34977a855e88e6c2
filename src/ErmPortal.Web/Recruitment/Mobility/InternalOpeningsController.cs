using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Recruitment.Mobility;

/// <summary>
/// Internal mobility, for every signed-in employee: the openings they may move to, applying with their profile, and
/// their own applications. Who may apply or withdraw is decided by the handlers.
/// </summary>
[Route("me/openings")]
public class InternalOpeningsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListInternalOpenings(ListInternalOpenings.Query query) => View(await mediator.Send(query));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetInternalOpening(int id) => View(await mediator.Send(new GetInternalOpening.Query(id)));

    [HttpPost("{id:int}/apply"), RedirectOnFailure]
    public async Task<IActionResult> ApplyInternally(int id, ApplyInternally.Command command)
    {
        command.OpeningId = id;
        if (!ModelState.IsValid)
            return View(nameof(GetInternalOpening), await mediator.Send(new GetInternalOpening.Query(id)) with { Apply = command });
        await mediator.Send(command);
        TempData["Flash"] = "Application sent. The hiring team sees your profile.";
        return RedirectToAction(nameof(GetInternalOpening), new { id });
    }

    [HttpPost("{id:int}/withdraw"), RedirectOnFailure]
    public async Task<IActionResult> WithdrawInternalApplication(int id)
    {
        await mediator.Send(new WithdrawInternalApplication.Command(id));
        TempData["Flash"] = "Application withdrawn.";
        return RedirectToAction(nameof(ListInternalOpenings));
    }
}
