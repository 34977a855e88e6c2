using ErmPortal.Data.Accounts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Onboarding.Leaving;

/// <summary>Exit interviews are HR's alone: recording one, and the figures and list of them.</summary>
[Authorize(Roles = Roles.Hr)]
public class ExitInterviewsController(IMediator mediator, IStringLocalizer<OnboardingResource> localizer) : Controller
{
    [HttpGet("employees/{id:int}/exit-interview")]
    public async Task<IActionResult> RecordExitInterview(int id) => View(await mediator.Send(new RecordExitInterview.Query(id)));

    [HttpPost("employees/{id:int}/exit-interview")]
    public async Task<IActionResult> RecordExitInterview(int id, RecordExitInterview.Command command)
    {
        command.Id = id;
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = localizer["The exit interview is recorded."].Value;
        return RedirectToAction(nameof(ListExitInterviews));
    }

    [HttpGet("onboarding/exit-interviews")]
    public async Task<IActionResult> ListExitInterviews(int page = 1) => View(await mediator.Send(new ListExitInterviews.Query(page)));

    [HttpGet("onboarding/exit-interviews.csv")]
    public async Task<IActionResult> ExportExitInterviews() =>
        File(await mediator.Send(new ExportExitInterviews.Query()), "text/csv; charset=utf-8", "exit-interviews.csv");
}
