using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>HR's compensation cycles: drafting and opening them, the roll-up by department, decisions and the export.</summary>
[Route("compensation/cycles")]
[Authorize(Roles = Roles.Hr)]
public class CompensationCyclesController(IMediator mediator, IStringLocalizer<CompensationResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListCycles(int page = 1) => View(await mediator.Send(new ListCycles.Query(page)));

    [HttpGet("new")]
    public async Task<IActionResult> CreateCycle() => View(await mediator.Send(new CreateCycle.Blank()));

    [HttpPost("new")]
    public async Task<IActionResult> CreateCycle(CreateCycle.Command command, CancellationToken ct)
    {
        await mediator.Send(new PrepareCycleForm(command), ct);
        if (!ModelState.IsValid) return View(command);
        var id = await mediator.Send(command, ct);
        TempData["Flash"] = localizer["Cycle saved as a draft. Open it when it is ready."].Value;
        return RedirectToAction(nameof(GetCycle), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetCycle(int id) => View(await mediator.Send(new GetCycle.Query(id)));

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> EditCycle(int id)
    {
        if (await mediator.Send(new EditCycle.Query(id)) is { } form) return View(form);
        TempData[ExceptionToViewFilter.FlashErrorKey] = localizer["This cycle is open: its budgets and guideline no longer change."].Value;
        return RedirectToAction(nameof(GetCycle), new { id });
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> EditCycle(int id, EditCycle.Command command, CancellationToken ct)
    {
        await mediator.Send(new PrepareCycleForm(command), ct);
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command, ct);
        TempData["Flash"] = localizer["Cycle saved."].Value;
        return RedirectToAction(nameof(GetCycle), new { id });
    }

    [HttpPost("{id:int}/open"), RedirectOnFailure]
    public async Task<IActionResult> OpenCycle(int id, Guid version)
    {
        var people = await mediator.Send(new OpenCycle.Command(id, version));
        TempData["Flash"] = localizer["The cycle is open: {0} people are in it, and their managers have been told.", people].Value;
        return RedirectToAction(nameof(GetCycle), new { id });
    }

    [HttpPost("{id:int}/close"), RedirectOnFailure]
    public async Task<IActionResult> CloseCycle(int id, Guid version)
    {
        await mediator.Send(new CloseCycle.Command(id, version));
        TempData["Flash"] = localizer["The cycle is closed. Approved raises take effect on its day."].Value;
        return RedirectToAction(nameof(GetCycle), new { id });
    }

    [HttpPost("{id:int}/departments/{departmentId:int}"), RedirectOnFailure]
    public async Task<IActionResult> DecideDepartment(int id, int departmentId, Guid version, bool approve, string? comment)
    {
        await mediator.Send(new DecideDepartment.Command(id, departmentId, version, approve, comment));
        TempData["Flash"] = (approve ? localizer["Approved: the raises take effect on the cycle's day."] : localizer["Sent back to the managers with your comment."]).Value;
        return RedirectToAction(nameof(GetCycle), new { id });
    }

    [HttpGet("{id:int}/proposals.csv")]
    public async Task<IActionResult> ExportProposals(int id)
    {
        var (name, content) = await mediator.Send(new ExportProposals.Query(id));
        return File(content, "text/csv; charset=utf-8", name);
    }
}
