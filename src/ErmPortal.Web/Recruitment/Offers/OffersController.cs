using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>
/// Offers and the hire, for the hiring team. Who may work on an offer (HR and the opening's hiring manager) is decided
/// by the handlers; the decisions that are HR's alone (approving pay outside the range, hiring) say so here too.
/// </summary>
[Route("recruitment")]
public class OffersController(IMediator mediator) : Controller
{
    [HttpGet("applications/{id:int}/offer")]
    public async Task<IActionResult> DraftOffer(int id) => View(await mediator.Send(new DraftOffer.Query(id)));

    [HttpPost("applications/{id:int}/offer")]
    public async Task<IActionResult> DraftOffer(int id, DraftOffer.Command command)
    {
        command.ApplicationId = id;
        if (!ModelState.IsValid) return View(await mediator.Send(new DraftOffer.Query(id) { Form = command }));
        var offerId = await mediator.Send(command);
        TempData["Flash"] = "Offer drafted.";
        return RedirectToAction(nameof(GetOffer), new { id = offerId });
    }

    [HttpGet("offers/{id:int}")]
    public async Task<IActionResult> GetOffer(int id) => View(await mediator.Send(new GetOffer.Query(id)));

    [HttpPost("offers/{id:int}/request-approval"), RedirectOnFailure]
    public async Task<IActionResult> RequestOfferApproval(int id, Guid version)
    {
        await mediator.Send(new RequestOfferApproval.Command(id, version));
        TempData["Flash"] = "Sent to HR for approval.";
        return RedirectToAction(nameof(GetOffer), new { id });
    }

    [HttpPost("offers/{id:int}/approval"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> DecideOfferApproval(int id, DecideOfferApproval.Command decision)
    {
        decision.Id = id;
        if (!ModelState.IsValid) return View(nameof(GetOffer), await mediator.Send(new GetOffer.Query(id)));
        await mediator.Send(decision);
        TempData["Flash"] = decision.Approve ? "Offer approved: it can be sent." : "Offer not approved: the team sees your reason.";
        return RedirectToAction(nameof(GetOffer), new { id });
    }

    [HttpPost("offers/{id:int}/send"), RedirectOnFailure]
    public async Task<IActionResult> SendOffer(int id, Guid version)
    {
        await mediator.Send(new SendOffer.Command(id, version));
        TempData["Flash"] = "Offer sent: the candidate was emailed a link to the letter.";
        return RedirectToAction(nameof(GetOffer), new { id });
    }

    [HttpPost("offers/{id:int}/answer"), RedirectOnFailure]
    public async Task<IActionResult> RecordOfferAnswer(int id, RecordOfferAnswer.Command answer)
    {
        answer.Id = id;
        if (!ModelState.IsValid) return View(nameof(GetOffer), await mediator.Send(new GetOffer.Query(id)));
        await mediator.Send(answer);
        TempData["Flash"] = answer.Accepted ? "Offer accepted." : "Offer declined.";
        return RedirectToAction(nameof(GetOffer), new { id });
    }

    [HttpPost("offers/{id:int}/withdraw"), RedirectOnFailure]
    public async Task<IActionResult> WithdrawOffer(int id, Guid version)
    {
        await mediator.Send(new WithdrawOffer.Command(id, version));
        TempData["Flash"] = "Offer withdrawn.";
        return RedirectToAction(nameof(GetOffer), new { id });
    }

    [HttpGet("offers/{id:int}/letter")]
    public async Task<IActionResult> OfferLetter(int id, [FromServices] IStringLocalizer<RecruitmentResource> localizer)
    {
        var letter = await mediator.Send(new OfferLetter.TeamQuery(id));
        return View(letter with { HasPdf = Offers.OfferLetterPdf.CanRender(letter, localizer) });
    }

    /// <summary>A letter the PDF cannot write faithfully is sent back to its printable page.</summary>
    [HttpGet("offers/{id:int}/letter.pdf")]
    public async Task<IActionResult> OfferLetterPdf(int id, [FromServices] IStringLocalizer<RecruitmentResource> localizer)
    {
        var letter = await mediator.Send(new OfferLetter.TeamQuery(id));
        return Offers.OfferLetterPdf.CanRender(letter, localizer)
            ? File(Offers.OfferLetterPdf.Render(letter, localizer), "application/pdf", $"offer-{id}.pdf")
            : RedirectToAction(nameof(OfferLetter), new { id });
    }

    [HttpGet("applications/{id:int}/hire")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> HireCandidate(int id) => View(await mediator.Send(new HireCandidate.Query(id)));

    [HttpPost("applications/{id:int}/hire"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> HireCandidate(int id, HireCandidate.Command command)
    {
        command.ApplicationId = id;
        await mediator.Send(command);
        TempData["Flash"] = "Hired.";
        return RedirectToAction(nameof(HireCandidate), new { id });
    }
}
