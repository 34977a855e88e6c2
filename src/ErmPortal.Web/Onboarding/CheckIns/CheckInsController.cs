using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Onboarding.CheckIns;

public class CheckInsController(IMediator mediator) : Controller
{
    [HttpGet("/me/check-ins/{id:int}")]
    public async Task<IActionResult> AnswerCheckIn(int id) => View(await mediator.Send(new AnswerCheckIn.Query(id)));

    [HttpPost("/me/check-ins/{id:int}"), RedirectOnFailure]
    public async Task<IActionResult> AnswerCheckIn(int id, AnswerCheckIn.Command command)
    {
        command.Id = id;
        if (!ModelState.IsValid) return View(await mediator.Send(new AnswerCheckIn.Query(id) { Form = command }));
        await mediator.Send(command);
        TempData["Flash"] = "Thank you. Your answers were sent.";
        return RedirectToAction(nameof(AnswerCheckIn), new { id });
    }

    [HttpGet("/onboarding/plans/{planId:int}/check-ins")]
    public async Task<IActionResult> GetPlanCheckIns(int planId) => View(await mediator.Send(new GetPlanCheckIns.Query(planId)));
}
