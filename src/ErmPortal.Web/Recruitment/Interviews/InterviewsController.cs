using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>
/// Interviews and scorecards. Who may do what is decided by each handler from the viewer's place on the opening's
/// hiring team or the interview's panel; anyone else is told the page does not exist.
/// </summary>
[Route("recruitment")]
public class InterviewsController(IMediator mediator) : Controller
{
    [HttpGet("applications/{id:int}/interviews/new")]
    public async Task<IActionResult> ScheduleInterview(int id) => View(await mediator.Send(new ScheduleInterview.Query(id)));

    [HttpPost("applications/{id:int}/interviews/new"), RedirectOnFailure]
    public async Task<IActionResult> ScheduleInterview(int id, ScheduleInterview.Command command)
    {
        command.ApplicationId = id;
        if (!ModelState.IsValid) return View(await mediator.Send(new ScheduleInterview.Query(id) { Form = command }));
        await mediator.Send(command);
        TempData["Flash"] = "Interview scheduled; the interviewers are told.";
        return RedirectToAction(nameof(GetScorecards), new { id });
    }

    [HttpGet("interviews/{id:int}/edit")]
    public async Task<IActionResult> RescheduleInterview(int id) => View(await mediator.Send(new RescheduleInterview.Query(id)));

    [HttpPost("interviews/{id:int}/edit"), RedirectOnFailure]
    public async Task<IActionResult> RescheduleInterview(int id, RescheduleInterview.Command command)
    {
        command.InterviewId = id;
        if (!ModelState.IsValid) return View(await mediator.Send(new RescheduleInterview.Query(id) { Form = command }));
        await mediator.Send(command);
        TempData["Flash"] = "Interview changed; the interviewers are told.";
        return RedirectToAction(nameof(RescheduleInterview), new { id });
    }

    [HttpPost("interviews/{id:int}/cancel"), RedirectOnFailure]
    public async Task<IActionResult> CancelInterview(int id)
    {
        var applicationId = await mediator.Send(new CancelInterview.Command(id));
        TempData["Flash"] = "Interview cancelled; the interviewers are told.";
        return RedirectToAction(nameof(GetScorecards), new { id = applicationId });
    }

    [HttpGet("interviews/{id:int}/invite.ics")]
    public async Task<IActionResult> DownloadInvite(int id)
    {
        var invite = await mediator.Send(new DownloadInvite.Query(id));
        return File(System.Text.Encoding.UTF8.GetBytes(invite.Content), "text/calendar; charset=utf-8", invite.FileName);
    }

    [HttpGet("interviews/{id:int}/scorecard")]
    public async Task<IActionResult> WriteScorecard(int id) => View(await mediator.Send(new WriteScorecard.Query(id)));

    [HttpPost("interviews/{id:int}/scorecard"), RedirectOnFailure]
    public async Task<IActionResult> WriteScorecard(int id, WriteScorecard.Command command)
    {
        command.InterviewId = id;
        if (!ModelState.IsValid) return View(await mediator.Send(new WriteScorecard.Query(id) { Form = command }));
        await mediator.Send(command);
        TempData["Flash"] = command.Submit ? "Scorecard submitted." : "Draft saved; only you can see it.";
        return RedirectToAction(nameof(WriteScorecard), new { id });
    }

    [HttpGet("applications/{id:int}/scorecards")]
    public async Task<IActionResult> GetScorecards(int id) => View(await mediator.Send(new GetScorecards.Query(id)));

    [HttpGet("interviewers")]
    public async Task<IActionResult> FindInterviewers(string? term) => Json(await mediator.Send(new FindInterviewers.Query(term)));

    [HttpGet("/me/interviews")]
    public async Task<IActionResult> MyInterviews() => View(await mediator.Send(new MyInterviews.Query()));
}
