using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Profiles;

/// <summary>HR's side of change requests.</summary>
[Route("change-requests")]
[Authorize(Roles = Data.Accounts.Roles.Hr)]
public class ChangeRequestsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListChangeRequests(ListChangeRequests.Query query) => View(await mediator.Send(query));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> ReviewChangeRequest(int id) => View(await mediator.Send(new ReviewChangeRequest.Query(id)));

    [HttpPost("{id:int}"), RedirectOnFailure]
    public async Task<IActionResult> DecideChangeRequest(int id, ReviewChangeRequest.Decision decision)
    {
        decision.Id = id;
        if (!ModelState.IsValid) return View(nameof(ReviewChangeRequest), await mediator.Send(new ReviewChangeRequest.Query(id)));
        await mediator.Send(decision);
        TempData["Flash"] = decision.Approve ? "Approved: the new details are on the employee's record." : "Rejected: the employee sees your reason.";
        return RedirectToAction(nameof(ListChangeRequests));
    }
}
