using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>A review's peers: the person nominates, the reviewer decides; the handlers say who else may read (everyone else: not found).</summary>
[Route("reviews/{id:int}/peers")]
public class PeersController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListNominations(int id) => View(await mediator.Send(new ListNominations.Query(id)));

    [HttpPost(""), RedirectOnFailure]
    public async Task<IActionResult> NominatePeer(int id, NominatePeer.Command command)
    {
        command.ReviewId = id;
        await mediator.Send(command);
        TempData["Flash"] = "Colleague nominated: your reviewer approves the nomination before they are asked.";
        return Back(id);
    }

    [HttpPost("{nominationId:int}/approve"), RedirectOnFailure]
    public Task<IActionResult> ApproveNomination(int id, int nominationId) => DecideAsync(id, nominationId, approve: true, "Nomination approved: the colleague is asked for feedback.");

    [HttpPost("{nominationId:int}/decline"), RedirectOnFailure]
    public Task<IActionResult> DeclineNomination(int id, int nominationId) => DecideAsync(id, nominationId, approve: false, "Nomination declined.");

    private async Task<IActionResult> DecideAsync(int id, int nominationId, bool approve, string flash)
    {
        await mediator.Send(new DecideNomination.Command(id, nominationId, approve));
        TempData["Flash"] = flash;
        return Back(id);
    }

    private RedirectResult Back(int id) => Redirect(Url.Content($"~/reviews/{id}/peers"));
}

/// <summary>Feedback the viewer gives as a peer, and the aggregated answers about a review and a whole cycle.</summary>
public class PeerFeedbackController(IMediator mediator) : Controller
{
    [HttpGet("me/reviews/feedback")]
    public async Task<IActionResult> ListFeedbackToGive() => View(await mediator.Send(new ListFeedbackToGive.Query()));

    [HttpGet("reviews/feedback/{nominationId:int}")]
    public async Task<IActionResult> GiveFeedback(int nominationId)
    {
        var page = await mediator.Send(new GiveFeedback.Query(nominationId));
        return View(new GiveFeedback.Command
        {
            NominationId = nominationId, Page = page,
            Ratings = page.Competencies.Select(c => new GiveFeedback.RatingInput { CompetencyId = c.Id }).ToList(),
        });
    }

    [HttpPost("reviews/feedback/{nominationId:int}")]
    public async Task<IActionResult> GiveFeedback(int nominationId, GiveFeedback.Command command)
    {
        command.NominationId = nominationId;
        command.Page = await mediator.Send(new GiveFeedback.Query(nominationId));
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Thank you: your feedback is in, without your name.";
        return Redirect(Url.Content("~/me/reviews/feedback"));
    }

    [HttpGet("reviews/{id:int}/feedback")]
    public async Task<IActionResult> GetFeedbackSummary(int id) => View(await mediator.Send(new GetFeedbackSummary.Query(id)));

    [HttpGet("reviews/cycles/{id:int}/feedback")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> GetCycleFeedback(int id, int? departmentId, PeerRelationship? relationship) =>
        View(await mediator.Send(new GetCycleFeedback.Query(id, departmentId, relationship)));
}
