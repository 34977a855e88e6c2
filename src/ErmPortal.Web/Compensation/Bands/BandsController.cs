using ErmPortal.Data.Accounts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Compensation.Bands;

/// <summary>HR's pay bands (the list, who is outside theirs, new and edited bands) and the pay settings. HR's only.</summary>
[Route("compensation")]
[Authorize(Roles = Roles.Hr)]
public class BandsController(IMediator mediator, IStringLocalizer<CompensationResource> localizer) : Controller
{
    [HttpGet("bands")]
    public async Task<IActionResult> ListBands(int page = 1) => View(await mediator.Send(new ListBands.Query(page)));

    [HttpGet("bands/new")]
    public IActionResult CreateBand() => View(new CreateBand.Command());

    [HttpPost("bands/new")]
    public async Task<IActionResult> CreateBand(CreateBand.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = localizer["Band added."].Value;
        return RedirectToAction(nameof(ListBands));
    }

    [HttpGet("bands/{id:int}/edit")]
    public async Task<IActionResult> EditBand(int id) => View(await mediator.Send(new EditBand.Query(id)));

    [HttpPost("bands/{id:int}/edit")]
    public async Task<IActionResult> EditBand(EditBand.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = localizer["Band saved."].Value;
        return RedirectToAction(nameof(ListBands));
    }

    [HttpGet("settings")]
    public async Task<IActionResult> EditPaySettings() => View(await mediator.Send(new EditPaySettings.Query()));

    [HttpPost("settings")]
    public async Task<IActionResult> EditPaySettings(EditPaySettings.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = localizer["Pay settings saved."].Value;
        return RedirectToAction(nameof(EditPaySettings));
    }
}
