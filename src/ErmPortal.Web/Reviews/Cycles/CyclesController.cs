using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>HR's review cycles: drafting, launching and moving them through their phases, the overview and the reminders.</summary>
[Route("reviews/cycles")]
[Authorize(Roles = Roles.Hr)]
public class CyclesController(IMediator mediator, IClock clock, IStringLocalizer<ReviewsResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListCycles(int page = 1) => View(await mediator.Send(new ListCycles.Query(page)));

    [HttpGet("new")]
    public async Task<IActionResult> CreateCycle()
    {
        var command = Reviews.Cycles.CreateCycle.Command.New(clock.Today);
        command.DepartmentChoices = await mediator.Send(new GetCycleChoices());
        return View(command);
    }

    [HttpPost("new")]
    public async Task<IActionResult> CreateCycle(CreateCycle.Command command)
    {
        command.DepartmentChoices = await mediator.Send(new GetCycleChoices());
        if (!ModelState.IsValid) return View(command);
        var id = await mediator.Send(command);
        TempData["Flash"] = localizer["Cycle saved as a draft. Launch it when it is ready."].Value;
        return RedirectToAction(nameof(GetCycle), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetCycle(int id, int page = 1) => View(await mediator.Send(new GetCycle.Query(id, page)));

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> EditCycle(int id)
    {
        var command = await mediator.Send(new EditCycle.Query(id));
        command.DepartmentChoices = await mediator.Send(new GetCycleChoices());
        return View(command);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> EditCycle(int id, EditCycle.Command command)
    {
        command.Id = id;
        command.DepartmentChoices = await mediator.Send(new GetCycleChoices());
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = localizer["Cycle saved."].Value;
        return RedirectToAction(nameof(GetCycle), new { id });
    }

    [HttpPost("{id:int}/launch"), RedirectOnFailure]
    public async Task<IActionResult> LaunchCycle(int id, Guid version)
    {
        var people = await mediator.Send(new LaunchCycle.Command(id, version));
        TempData["Flash"] = localizer["Cycle launched: {0} people have a review.", people].Value;
        return RedirectToAction(nameof(GetCycle), new { id });
    }

    [HttpPost("{id:int}/advance"), RedirectOnFailure]
    public async Task<IActionResult> AdvanceCycle(int id, Guid version)
    {
        var phase = await mediator.Send(new AdvanceCycle.Command(id, version));
        TempData["Flash"] = phase == ReviewPhase.Closed
            ? localizer["Cycle closed: shared reviews are final now."].Value
            : localizer["The cycle has moved on to {0}.", localizer[CycleLabels.Of(phase)].Value].Value;
        return RedirectToAction(nameof(GetCycle), new { id });
    }

    [HttpPost("{id:int}/remind"), RedirectOnFailure]
    public async Task<IActionResult> RemindLate(int id)
    {
        var people = await mediator.Send(new RemindLate.Command(id));
        TempData["Flash"] = localizer["Reminders sent to {0} people.", people].Value;
        return RedirectToAction(nameof(GetCycle), new { id });
    }
}
