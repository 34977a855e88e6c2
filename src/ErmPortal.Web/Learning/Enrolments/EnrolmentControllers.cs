using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>From a course's page: anyone asks for a place; HR assigns the course to people or groups.</summary>
[Route("learning/courses/{id:int}")]
[Authorize]
public class CourseEnrolmentsController(IMediator mediator, IStringLocalizer<LearningResource> l) : Controller
{
    [HttpGet("request")]
    public async Task<IActionResult> RequestPlace(int id, int? sessionId) =>
        View(new RequestPlace.Command { CourseId = id, SessionId = sessionId, Page = await mediator.Send(new RequestPlace.Query(id)) });

    [HttpPost("request")]
    public async Task<IActionResult> RequestPlace(int id, RequestPlace.Command command)
    {
        command.Page = await mediator.Send(new RequestPlace.Query(id));
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Request sent: you will hear when it is decided.";
        return Redirect(Url.Content("~/me/learning"));
    }

    [HttpGet("assign")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> AssignCourse(int id, int? sessionId) =>
        View(new AssignCourse.Command { CourseId = id, SessionId = sessionId, Page = await mediator.Send(new AssignCourse.Query(id)) });

    [HttpPost("assign")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> AssignCourse(int id, AssignCourse.Command command)
    {
        command.Page = await mediator.Send(new AssignCourse.Query(id));
        if (!ModelState.IsValid) return View(command);
        var result = await mediator.Send(command);
        // The counts are part of the message, so it is worded here; the layout shows a text it has no key for as it is.
        TempData["Flash"] = l["Assigned to {0}; {1} skipped, who already hold a place on this course.", result.Assigned, result.Skipped].Value;
        return Redirect(Url.Content($"~/learning/courses/{id}"));
    }
}

/// <summary>Training requests for whoever decides them: managers for their direct reports, HR for everyone.</summary>
[Route("learning/requests")]
[Authorize]
public class TrainingRequestsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListRequests(ListRequests.Query query) => View(await mediator.Send(query));

    [HttpGet("{requestId:int}")]
    public async Task<IActionResult> DecideRequest(int requestId)
    {
        var page = await mediator.Send(new DecideRequest.Query(requestId));
        return View(new DecideRequest.Command { RequestId = requestId, Version = page.Version, Page = page });
    }

    [HttpPost("{requestId:int}")]
    public async Task<IActionResult> DecideRequest(int requestId, DecideRequest.Command command)
    {
        command.Page = await mediator.Send(new DecideRequest.Query(requestId));
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = command.Decision == Enrolments.DecideRequest.Decision.Decline ? "Request declined." : "Request approved.";
        return Redirect(Url.Content("~/learning/requests"));
    }
}

/// <summary>A person's own places on courses.</summary>
[Route("me/learning")]
[Authorize]
public class MyLearningController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> GetMyLearning() => View(await mediator.Send(new GetMyLearning.Query()));

    [HttpPost("{id:int}/withdraw"), RedirectOnFailure]
    public async Task<IActionResult> WithdrawPlace(int id)
    {
        await mediator.Send(new WithdrawPlace.Command(id));
        TempData["Flash"] = "Place withdrawn.";
        return Redirect(Url.Content("~/me/learning"));
    }
}

/// <summary>A session's roster: HR and the session's trainer read it; HR removes places.</summary>
[Route("learning/sessions/{sessionId:int}")]
[Authorize]
public class RostersController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> GetRoster(int sessionId) => View(await mediator.Send(new GetRoster.Query(sessionId)));

    [HttpPost("places/{placeId:int}/remove"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> RemovePlace(int sessionId, int placeId)
    {
        await mediator.Send(new WithdrawPlace.RemoveCommand(sessionId, placeId));
        TempData["Flash"] = "Place removed from the session.";
        return Redirect(Url.Content($"~/learning/sessions/{sessionId}"));
    }
}
