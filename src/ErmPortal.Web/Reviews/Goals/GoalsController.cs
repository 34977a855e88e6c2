using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Reviews.Goals;

/// <summary>
/// Performance goals: the viewer's own at /me/goals, anyone's for the managers above them and HR (the handlers decide;
/// anyone else is told they do not exist). The person and their direct manager set, edit and check in on them.
/// </summary>
public class GoalsController(IMediator mediator, ICurrentUser user) : Controller
{
    [HttpGet("me/goals")]
    public async Task<IActionResult> MyGoals(int? year) => View("GetGoals", await mediator.Send(new GetGoals.Query(null, year)));

    [HttpGet("reviews/goals/{employeeId:int}")]
    public async Task<IActionResult> GetGoals(int employeeId, int? year) => View(await mediator.Send(new GetGoals.Query(employeeId, year)));

    [HttpGet("reviews/goals/{employeeId:int}/new")]
    public async Task<IActionResult> CreateGoal(int employeeId) => View(await mediator.Send(new CreateGoal.Query(employeeId)));

    [HttpPost("reviews/goals/{employeeId:int}/new"), RedirectOnFailure]
    public async Task<IActionResult> CreateGoal(int employeeId, CreateGoal.Command command)
    {
        if (!ModelState.IsValid) return View(await mediator.Send(new CreateGoal.Query(employeeId) { Form = command }));
        await mediator.Send(command);
        TempData["Flash"] = "Goal added.";
        return GoalsOf(employeeId, command.TargetDate?.Year);
    }

    [HttpGet("reviews/goals/{employeeId:int}/{goalId:int}/edit")]
    public async Task<IActionResult> EditGoal(int employeeId, int goalId) => View(await mediator.Send(new EditGoal.Query(employeeId, goalId)));

    [HttpPost("reviews/goals/{employeeId:int}/{goalId:int}/edit"), RedirectOnFailure]
    public async Task<IActionResult> EditGoal(int employeeId, int goalId, EditGoal.Command command)
    {
        if (!ModelState.IsValid) return View(await mediator.Send(new EditGoal.Query(employeeId, goalId) { Form = command }));
        await mediator.Send(command);
        TempData["Flash"] = "Goal saved.";
        return GoalsOf(employeeId, command.TargetDate?.Year);
    }

    [HttpPost("reviews/goals/{employeeId:int}/{goalId:int}/check-ins"), RedirectOnFailure]
    public async Task<IActionResult> CheckInGoal(int employeeId, int goalId, Guid version, int? progress, PerformanceGoalStatus? status, string? comment, int? year)
    {
        await mediator.Send(new CheckInGoal.Command(employeeId, goalId, version, progress, status, comment));
        TempData["Flash"] = "Check-in saved.";
        return GoalsOf(employeeId, year);
    }

    private RedirectToActionResult GoalsOf(int employeeId, int? year) => employeeId == user.EmployeeId
        ? RedirectToAction(nameof(MyGoals), new { year })
        : RedirectToAction(nameof(GetGoals), new { employeeId, year });
}
