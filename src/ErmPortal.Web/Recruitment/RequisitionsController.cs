using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Recruitment;

/// <summary>
/// Headcount requisitions: managers ask, HR decides. Roles are checked per action; who may open one requisition (HR,
/// or the manager who asked) is decided by its handler.
/// </summary>
[Route("recruitment/requisitions")]
public class RequisitionsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    [Authorize(Roles = Roles.Manager + "," + Roles.Hr)]
    public async Task<IActionResult> ListRequisitions(ListRequisitions.Query query) => View(await mediator.Send(query));

    [HttpGet("new")]
    [Authorize(Roles = Roles.Manager)]
    public async Task<IActionResult> RequestHeadcount() => View(await mediator.Send(new RequestHeadcount.Query()));

    [HttpPost("new")]
    [Authorize(Roles = Roles.Manager)]
    public async Task<IActionResult> RequestHeadcount(RequestHeadcount.Command command)
    {
        if (!ModelState.IsValid) return View(await mediator.Send(new RequestHeadcount.Query { Form = command }));
        var id = await mediator.Send(command);
        TempData["Flash"] = "Requisition sent to HR.";
        return RedirectToAction(nameof(GetRequisition), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetRequisition(int id) => View(await mediator.Send(new GetRequisition.Query(id)));

    [HttpPost("{id:int}/withdraw"), RedirectOnFailure]
    public async Task<IActionResult> WithdrawRequisition(int id)
    {
        await mediator.Send(new WithdrawRequisition.Command(id));
        TempData["Flash"] = "Requisition withdrawn.";
        return RedirectToAction(nameof(GetRequisition), new { id });
    }

    [HttpPost("{id:int}"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> DecideRequisition(int id, GetRequisition.Decision decision)
    {
        decision.Id = id;
        if (!ModelState.IsValid) return View(nameof(GetRequisition), await mediator.Send(new GetRequisition.Query(id)));
        await mediator.Send(decision);
        TempData["Flash"] = decision.Approve ? "Approved: the manager can start hiring." : "Rejected: the manager sees your reason.";
        return RedirectToAction(nameof(ListRequisitions));
    }
}
