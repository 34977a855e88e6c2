using System.ComponentModel.DataAnnotations;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>
/// 1:1s: the viewer's list, a manager scheduling one with a direct report, and a meeting's page, where either of its
/// two people adds to the agenda, writes the notes and action items and keeps a private note. Nobody else opens a
/// meeting (the handlers tell them it does not exist). Every change comes back to the meeting's page.
/// </summary>
[Route("reviews/one-on-ones")]
public class OneOnOnesController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListOneOnOnes(int page = 1) => View(await mediator.Send(new ListOneOnOnes.Query(page)));

    [HttpGet("new")]
    public async Task<IActionResult> NewOneOnOne(int employeeId) => View("ScheduleOneOnOne", await mediator.Send(new ScheduleOneOnOne.Query(employeeId)));

    [HttpPost("new")]
    public async Task<IActionResult> ScheduleOneOnOne(ScheduleOneOnOne.Command command)
    {
        if (!ModelState.IsValid) return View(await mediator.Send(new ScheduleOneOnOne.Query(command.EmployeeId) { Form = command }));
        var id = await mediator.Send(command);
        TempData["Flash"] = "1:1 scheduled; they have been told.";
        return RedirectToAction(nameof(GetOneOnOne), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetOneOnOne(int id) => View(await mediator.Send(new GetOneOnOne.Query(id)));

    [HttpPost("{id:int}/agenda"), RedirectOnFailure]
    public Task<IActionResult> AddAgendaItem(int id, string? text) => SentAsync(new AddAgendaItem.Command(id, text), id, "Added to the agenda.");

    [HttpPost("{id:int}/notes"), RedirectOnFailure]
    public Task<IActionResult> SaveSharedNotes(int id, Guid version, string? notes) => SentAsync(new SaveSharedNotes.Command(id, version, notes), id, "Notes saved.");

    [HttpPost("{id:int}/private-note"), RedirectOnFailure]
    public Task<IActionResult> SavePrivateNote(int id, string? text) => SentAsync(new SavePrivateNote.Command(id, text), id, "Your private note is saved.");

    [HttpPost("{id:int}/action-items"), RedirectOnFailure]
    public Task<IActionResult> AddActionItem(int id, string? text, int? ownerId, [DataType(DataType.Date)] DateOnly? dueOn) =>
        SentAsync(new AddActionItem.Command(id, text, ownerId, dueOn), id, "Action item added.");

    [HttpPost("{id:int}/action-items/{actionItemId:int}"), RedirectOnFailure]
    public Task<IActionResult> CompleteActionItem(int id, int actionItemId, bool done) =>
        SentAsync(new CompleteActionItem.Command(id, actionItemId, done), id, done ? "Action item done." : "Action item open again.");

    private async Task<IActionResult> SentAsync(IRequest<Unit> command, int id, string flash)
    {
        await mediator.Send(command);
        TempData["Flash"] = flash;
        return RedirectToAction(nameof(GetOneOnOne), new { id });
    }
}
