using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// Plans: HR's overview and everything that changes a plan's shape are HR's; a plan's page and its tasks are for the
/// people on it, as its handlers decide (anyone else is told it does not exist).
/// </summary>
[Route("onboarding/plans")]
public class PlansController(IMediator mediator) : Controller
{
    [HttpGet("")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> ListPlans(ListPlans.Query query) => View(await mediator.Send(query));

    [HttpGet("new")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> StartPlan(int? employeeId, JourneyKind? kind, string? email) =>
        View(await mediator.Send(new StartPlan.Query(employeeId, kind, email)));

    [HttpPost("new"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> StartPlan(StartPlan.Command command)
    {
        if (!ModelState.IsValid) return View(await mediator.Send(new StartPlan.Query(command.EmployeeId, command.Kind) { Form = command }));
        var id = await mediator.Send(command);
        TempData["Flash"] = "Plan started: everyone with a task on it has been told.";
        return RedirectToAction(nameof(GetPlan), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetPlan(int id) => View(await mediator.Send(new GetPlan.Query(id)));

    [HttpPost("{id:int}/tasks/{taskId:int}/complete"), RedirectOnFailure]
    public async Task<IActionResult> CompleteTask(int id, int taskId, CompleteTask.Command command)
    {
        (command.PlanId, command.TaskId) = (id, taskId);
        await mediator.Send(command);
        TempData["Flash"] = "Task done.";
        return RedirectToAction(nameof(GetPlan), new { id });
    }

    [HttpGet("{id:int}/tasks/{taskId:int}/document")]
    public async Task<IActionResult> DownloadTaskDocument(int id, int taskId)
    {
        var document = await mediator.Send(new DownloadTaskDocument.Query(id, taskId));
        return File(document.Content, document.ContentType, document.FileName);
    }

    [HttpPost("{id:int}/tasks"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> AddPlanTask(int id, AddPlanTask.Command command)
    {
        command.PlanId = id;
        await mediator.Send(command);
        TempData["Flash"] = "Task added.";
        return RedirectToAction(nameof(GetPlan), new { id });
    }

    [HttpPost("{id:int}/tasks/{taskId:int}/reassign"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> ReassignTask(int id, int taskId, ReassignTask.Command command)
    {
        (command.PlanId, command.TaskId) = (id, taskId);
        await mediator.Send(command);
        TempData["Flash"] = "Task reassigned: the person has been told.";
        return RedirectToAction(nameof(GetPlan), new { id });
    }

    [HttpPost("{id:int}/tasks/{taskId:int}/remove"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> RemovePlanTask(int id, int taskId, Guid version)
    {
        await mediator.Send(new RemovePlanTask.Command(id, taskId, version));
        TempData["Flash"] = "Task removed.";
        return RedirectToAction(nameof(GetPlan), new { id });
    }

    [HttpPost("{id:int}/buddy"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> ChangeBuddy(int id, Guid version, int? buddyId)
    {
        await mediator.Send(new ChangeBuddy.Command(id, version, buddyId));
        TempData["Flash"] = "Buddy named: their tasks are theirs now.";
        return RedirectToAction(nameof(GetPlan), new { id });
    }

    /// <summary>Answers with what moved, so HR can check the new days before going back to the plan.</summary>
    [HttpPost("{id:int}/anchor"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> MoveAnchorDay(int id, Guid version, DateOnly? anchorDate) =>
        View(await mediator.Send(new MoveAnchorDay.Command(id, version, anchorDate)));

    [HttpPost("{id:int}/cancel"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> CancelPlan(int id, Guid version)
    {
        await mediator.Send(new CancelPlan.Command(id, version));
        TempData["Flash"] = "Plan cancelled.";
        return RedirectToAction(nameof(GetPlan), new { id });
    }
}

/// <summary>The new hire's welcome page, their own: open before day one, from the day their account is made.</summary>
[Route("me/welcome")]
public class WelcomePageController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> GetWelcome() => View(await mediator.Send(new GetWelcome.Query()));
}
