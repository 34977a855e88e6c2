using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Cases;

/// <summary>HR cases: HR's alone. A case about the HR person themselves is "not found", as is any case that does not exist.</summary>
[Route("cases")]
[Authorize(Roles = Roles.Hr)]
public class CasesController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListCases(ListCases.Query query) => View(await mediator.Send(query));

    [HttpGet("new")]
    public async Task<IActionResult> OpenCase() => View(await mediator.Send(new OpenCase.Query()));

    [HttpPost("new")]
    public async Task<IActionResult> OpenCase(OpenCase.Command command)
    {
        command.Owners = (await mediator.Send(new OpenCase.Query())).Owners;
        if (!ModelState.IsValid) return View(command);
        var id = await mediator.Send(command);
        TempData["Flash"] = "Case opened. Only HR can read it; the person's managers are told to talk to HR before acting on them.";
        return RedirectToAction(nameof(GetCase), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetCase(int id) => View(await mediator.Send(new GetCase.Query(id)));

    [HttpPost("{id:int}/notes"), RedirectOnFailure]
    public async Task<IActionResult> AddCaseNote(int id, AddCaseNote.Command command)
    {
        if (!ModelState.IsValid) return View(nameof(GetCase), await mediator.Send(new GetCase.Query(id) { Note = command }));
        await mediator.Send(command);
        TempData["Flash"] = "Note added.";
        return RedirectToAction(nameof(GetCase), new { id });
    }

    [HttpGet("{id:int}/close")]
    public async Task<IActionResult> CloseCase(int id) => View(await mediator.Send(new CloseCase.Query(id)));

    [HttpPost("{id:int}/close")]
    public async Task<IActionResult> CloseCase(int id, CloseCase.Command command)
    {
        // The heading first: it also answers "not found" for a case the viewer may not handle, whatever was posted.
        command.Case = (await mediator.Send(new CloseCase.Query(id))).Case;
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Case closed.";
        return RedirectToAction(nameof(GetCase), new { id });
    }
}
