using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Learning.Development;

/// <summary>
/// Development plans: the person's own at /me/development, anyone's for the managers above them and HR (the handlers
/// decide; anyone else is told it does not exist). Every change posts to the person's address and comes back to the
/// page it was made on.
/// </summary>
public class DevelopmentController(IMediator mediator, ICurrentUser user) : Controller
{
    [HttpGet("me/development")]
    public async Task<IActionResult> MyDevelopmentPlan() => View("GetDevelopmentPlan", await mediator.Send(new GetDevelopmentPlan.Query(null)));

    [HttpGet("learning/development/{employeeId:int}")]
    public async Task<IActionResult> GetDevelopmentPlan(int employeeId) => View(await mediator.Send(new GetDevelopmentPlan.Query(employeeId)));

    [HttpPost("learning/development/{employeeId:int}/goals"), RedirectOnFailure]
    public async Task<IActionResult> AddGoal(int employeeId, AddGoal.Command command)
    {
        command.EmployeeId = employeeId;
        return await SentAsync(command, employeeId, "Goal added: the plan needs agreeing again.");
    }

    /// <summary>No status removes the goal; a status that is none of them is refused rather than taken for a removal.</summary>
    [HttpPost("learning/development/{employeeId:int}/goals/{goalId:int}"), RedirectOnFailure]
    public async Task<IActionResult> ChangeGoal(int employeeId, int goalId, Guid version, GoalStatus? status)
    {
        if (!ModelState.IsValid) return BadRequest();
        return await SentAsync(new ChangeGoal.Command(employeeId, goalId, version, status), employeeId, "Goal changed: the plan needs agreeing again.");
    }

    [HttpPost("learning/development/{employeeId:int}/courses"), RedirectOnFailure]
    public Task<IActionResult> PlanCourse(int employeeId, PlanCourse.Command command)
    {
        command.EmployeeId = employeeId;
        return SentAsync(command, employeeId, "Course planned: the plan needs agreeing again.");
    }

    [HttpPost("learning/development/{employeeId:int}/courses/{plannedId:int}/remove"), RedirectOnFailure]
    public Task<IActionResult> RemovePlannedCourse(int employeeId, int plannedId, Guid version) =>
        SentAsync(new PlanCourse.Remove(employeeId, plannedId, version), employeeId, "Course taken off the plan: the plan needs agreeing again.");

    [HttpPost("learning/development/{employeeId:int}/agree"), RedirectOnFailure]
    public Task<IActionResult> AgreeToPlan(int employeeId, Guid version) =>
        SentAsync(new AgreeToPlan.Command(employeeId, version), employeeId, "You agreed to the plan.");

    [HttpPost("learning/development/{employeeId:int}/comments"), RedirectOnFailure]
    public Task<IActionResult> CommentOnPlan(int employeeId, string? text) =>
        SentAsync(new CommentOnPlan.Command(employeeId, text), employeeId, "Comment added.");

    private async Task<IActionResult> SentAsync(IRequest<Unit> command, int employeeId, string flash)
    {
        await mediator.Send(command);
        TempData["Flash"] = flash;
        return employeeId == user.EmployeeId ? RedirectToAction(nameof(MyDevelopmentPlan)) : RedirectToAction(nameof(GetDevelopmentPlan), new { employeeId });
    }
}

/// <summary>The courses recommended to the viewer, and what they do with one: plan it, or say it is not for them.</summary>
[Route("me/learning/recommendations")]
public class RecommendationsController(IMediator mediator, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListRecommendations() => View(await mediator.Send(new ListRecommendations.Query()));

    [HttpPost("{courseId:int}/dismiss"), RedirectOnFailure]
    public async Task<IActionResult> DismissRecommendation(int courseId)
    {
        await mediator.Send(new DismissRecommendation.Command(courseId));
        TempData["Flash"] = "Recommendation dismissed: it will not be shown again.";
        return RedirectToAction(nameof(ListRecommendations));
    }

    [HttpPost("{courseId:int}/plan"), RedirectOnFailure]
    public async Task<IActionResult> PlanRecommendedCourse(int courseId)
    {
        await mediator.Send(new PlanCourse.Command { EmployeeId = user.EmployeeId ?? 0, CourseId = courseId });
        TempData["Flash"] = "Course added to your development plan.";
        return RedirectToAction(nameof(ListRecommendations));
    }
}

/// <summary>HR names the skills each position requires.</summary>
[Route("learning/positions")]
[Authorize(Roles = Roles.Hr)]
public class PositionSkillsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListPositionSkills() => View(await mediator.Send(new ListPositionSkills.Query()));

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> EditPositionSkills(int id) => View(await mediator.Send(new EditPositionSkills.Query(id)));

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> EditPositionSkills(int id, EditPositionSkills.Command command)
    {
        command.Id = id;
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Skills of the position saved.";
        return RedirectToAction(nameof(ListPositionSkills));
    }
}
