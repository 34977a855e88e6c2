using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Preferences;

[Route("me/preferences")]
public class PreferencesController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> EditPreferences() => View(await mediator.Send(new EditPreferences.Query()));

    [HttpPost("")]
    public async Task<IActionResult> EditPreferences(EditPreferences.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        CultureCookie.Set(Response, command.Culture);
        TempData["Flash"] = "Your preferences are saved.";
        return RedirectToAction(nameof(EditPreferences));
    }
}
