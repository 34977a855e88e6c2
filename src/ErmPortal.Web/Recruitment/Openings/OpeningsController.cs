using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>
/// Openings: HR makes them from approved requisitions and runs them; the hiring team reads them. Everything that
/// changes an opening is HR's; who may read one is decided by its handler (the hiring team, else "not found").
/// </summary>
[Route("recruitment/openings")]
public class OpeningsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListOpenings(ListOpenings.Query query) => View(await mediator.Send(query));

    [HttpGet("new")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> CreateOpening([FromQuery(Name = "requisition")] int? requisitionId)
    {
        var model = await mediator.Send(new CreateOpening.Query(requisitionId));
        if (model.ExistingOpeningId is { } existing) return RedirectToAction(nameof(GetOpening), new { id = existing });
        return model.Form is { } form ? View(form) : View("ChooseRequisition", model);
    }

    [HttpPost("new")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> CreateOpening(CreateOpening.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        var id = await mediator.Send(command);
        TempData["Flash"] = "Opening saved as a draft. Check its stages, then publish it.";
        return RedirectToAction(nameof(GetOpening), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetOpening(int id) => View(await mediator.Send(new GetOpening.Query(id)));

    [HttpGet("{id:int}/edit")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> EditOpening(int id) => View(await mediator.Send(new EditOpening.Query(id)));

    [HttpPost("{id:int}/edit")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> EditOpening(int id, EditOpening.Command command)
    {
        command.Id = id;
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Opening saved.";
        return RedirectToAction(nameof(GetOpening), new { id });
    }

    [HttpGet("{id:int}/stages")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> GetOpeningStages(int id) => View(await mediator.Send(new GetOpeningStages.Query(id)));

    [HttpPost("{id:int}/stages"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> AddStage(int id, AddStage.Command command)
    {
        command.Id = id;
        await mediator.Send(command);
        TempData["Flash"] = "Stage added.";
        return RedirectToAction(nameof(GetOpeningStages), new { id });
    }

    [HttpPost("{id:int}/stages/change"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> ChangeStage(int id, ChangeStage.Command command)
    {
        command.Id = id;
        await mediator.Send(command);
        TempData["Flash"] = "Stage saved.";
        return RedirectToAction(nameof(GetOpeningStages), new { id });
    }

    [HttpPost("{id:int}/stages/move"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> MoveStage(int id, MoveStage.Command command)
    {
        command.Id = id;
        await mediator.Send(command);
        return RedirectToAction(nameof(GetOpeningStages), new { id });
    }

    [HttpPost("{id:int}/stages/remove"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> RemoveStage(int id, RemoveStage.Command command)
    {
        command.Id = id;
        await mediator.Send(command);
        TempData["Flash"] = "Stage removed.";
        return RedirectToAction(nameof(GetOpeningStages), new { id });
    }

    [HttpPost("{id:int}/publish"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> PublishOpening(int id)
    {
        await mediator.Send(new ChangeOpeningStatus.Command(id, Openings.ChangeOpeningStatus.Change.Publish));
        TempData["Flash"] = "Opening published: candidates can apply.";
        return RedirectToAction(nameof(GetOpening), new { id });
    }

    [HttpPost("{id:int}/unpublish"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> UnpublishOpening(int id)
    {
        await mediator.Send(new ChangeOpeningStatus.Command(id, Openings.ChangeOpeningStatus.Change.Unpublish));
        TempData["Flash"] = "Opening taken off the careers page; its candidates stay.";
        return RedirectToAction(nameof(GetOpening), new { id });
    }

    [HttpPost("{id:int}/close"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> CloseOpening(int id)
    {
        await mediator.Send(new ChangeOpeningStatus.Command(id, Openings.ChangeOpeningStatus.Change.Close));
        TempData["Flash"] = "Opening closed: it takes no more applications.";
        return RedirectToAction(nameof(GetOpening), new { id });
    }

    /// <summary>Suggestions for the people fields, as JSON: [{ email, name, title }].</summary>
    [HttpGet("people")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> FindPeople(string? q) => Json(await mediator.Send(new FindPeople.Query(q)));
}
