using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// The managers' side of a compensation cycle: their team's proposals, saved a page at a time and submitted together.
/// Whose team a viewer may open is decided by the handlers (the manager, those above them and HR).
/// </summary>
public class PayReviewController(IMediator mediator, IStringLocalizer<CompensationResource> localizer) : Controller
{
    /// <summary>The tab's way in: the team page of the one open review, the open reviews to choose from, or a page saying none is open.</summary>
    [HttpGet("compensation/review")]
    public async Task<IActionResult> PayReview()
    {
        var reviews = await mediator.Send(new ListMyPayReviews.Query());
        return reviews.Count == 1 ? RedirectToAction(nameof(TeamProposals), new { cycleId = reviews[0].CycleId }) : View(reviews);
    }

    [HttpGet("compensation/cycles/{cycleId:int}/team")]
    public async Task<IActionResult> TeamProposals(int cycleId, int? manager, int page = 1) =>
        View(await mediator.Send(new GetTeamProposals.Query(cycleId, manager, page)));

    [HttpPost("compensation/cycles/{cycleId:int}/team")]
    public async Task<IActionResult> SaveProposals(int cycleId, SaveProposals.Command command)
    {
        var result = await mediator.Send(command);
        if (!result.HasProblems)
        {
            TempData["Flash"] = (command.Submit
                ? localizer["Submitted: {0} proposals went to HR for approval.", result.Submitted]
                : localizer["Saved: {0} proposals.", result.Saved]).Value;
            return RedirectToAction(nameof(TeamProposals), new { cycleId, manager = command.ManagerId, page = command.Page });
        }
        var posted = command.Rows.Where(r => result.Problems.ContainsKey(r.ProposalId)).ToDictionary(r => r.ProposalId);
        ViewData["Problems"] = result.Problems;
        ViewData["SubmitRefusal"] = result.SubmitRefusal;
        ViewData["Saved"] = result.Saved;
        return View(nameof(TeamProposals), await mediator.Send(new GetTeamProposals.Query(cycleId, command.ManagerId, command.Page) { Posted = posted }));
    }
}
