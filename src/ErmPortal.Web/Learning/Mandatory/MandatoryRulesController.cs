using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Learning.Mandatory;

/// <summary>HR's rules of which positions must take a course.</summary>
[Route("learning/courses/{id:int}/mandatory")]
[Authorize(Roles = Roles.Hr)]
public class MandatoryRulesController(IMediator mediator) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> AddMandatoryRule(int id) =>
        View(new AddMandatoryRule.Command { CourseId = id, Page = await mediator.Send(new AddMandatoryRule.Query(id)) });

    [HttpPost("new")]
    public async Task<IActionResult> AddMandatoryRule(int id, AddMandatoryRule.Command command)
    {
        command.Page = await mediator.Send(new AddMandatoryRule.Query(id));
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "The course is now mandatory for that position.";
        return Redirect(Url.Content($"~/learning/courses/{id}"));
    }

    [HttpPost("{ruleId:int}/remove"), RedirectOnFailure]
    public async Task<IActionResult> RemoveMandatoryRule(int id, int ruleId)
    {
        await mediator.Send(new RemoveMandatoryRule.Command(id, ruleId));
        TempData["Flash"] = "The course is no longer mandatory for that position.";
        return Redirect(Url.Content($"~/learning/courses/{id}"));
    }
}
