using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using ErmPortal.Web.Preferences;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Learning.Sessions;

/// <summary>HR's sessions of a course: add one, change one, call one off.</summary>
[Route("learning/courses/{id:int}/sessions")]
[Authorize(Roles = Roles.Hr)]
public class SessionsController(IMediator mediator, ViewerFormat format) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> AddSession(int id) =>
        View(new AddSession.Command { CourseId = id, TimeZoneId = format.TimeZone.Id, Page = await mediator.Send(new AddSession.Query(id)) });

    [HttpPost("new")]
    public async Task<IActionResult> AddSession(int id, AddSession.Command command)
    {
        // Read before sending, so the form can be shown again whatever refuses it.
        command.Page = await mediator.Send(new AddSession.Query(id));
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Session added.";
        return Redirect(CoursePage(id));
    }

    [HttpGet("{sessionId:int}/edit")]
    public async Task<IActionResult> EditSession(int id, int sessionId)
    {
        var command = await mediator.Send(new EditSession.Query(id, sessionId));
        command.Page = await mediator.Send(new AddSession.Query(id));
        return View(command);
    }

    [HttpPost("{sessionId:int}/edit")]
    public async Task<IActionResult> EditSession(int id, int sessionId, EditSession.Command command)
    {
        command.Page = await mediator.Send(new AddSession.Query(id));
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Session saved.";
        return Redirect(CoursePage(id));
    }

    [HttpPost("{sessionId:int}/cancel"), RedirectOnFailure]
    public async Task<IActionResult> CancelSession(int id, int sessionId)
    {
        await mediator.Send(new CancelSession.Command(id, sessionId));
        TempData["Flash"] = "Session cancelled.";
        return Redirect(CoursePage(id));
    }

    private string CoursePage(int id) => Url.Content($"~/learning/courses/{id}");
}
