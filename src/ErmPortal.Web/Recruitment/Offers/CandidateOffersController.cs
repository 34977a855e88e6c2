using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>
/// The candidate reads their offer letter from their private status link, with no account: the token in the address
/// is the key, and anything it does not open (another candidate's offer, one not sent yet, a changed token) is "not found".
/// </summary>
[AllowAnonymous]
[Route("careers/status/{token}/offers/{offerId:int}")]
public class CandidateOffersController(IMediator mediator) : Controller
{
    public static string LetterPath(string token, int offerId) => $"/careers/status/{Uri.EscapeDataString(token)}/offers/{offerId}";

    [HttpGet("")]
    public async Task<IActionResult> CandidateOffer(string token, int offerId, [FromServices] IStringLocalizer<RecruitmentResource> localizer)
    {
        // The address is the key: the letter must not stay in a shared cache.
        Response.Headers.CacheControl = "no-store";
        var letter = await mediator.Send(new OfferLetter.CandidateQuery(token, offerId));
        return View(letter with { HasPdf = OfferLetterPdf.CanRender(letter, localizer) });
    }

    /// <summary>A letter the PDF cannot write faithfully is sent back to its printable page.</summary>
    [HttpGet("pdf")]
    public async Task<IActionResult> CandidateOfferPdf(string token, int offerId, [FromServices] IStringLocalizer<RecruitmentResource> localizer)
    {
        Response.Headers.CacheControl = "no-store";
        var letter = await mediator.Send(new OfferLetter.CandidateQuery(token, offerId));
        return OfferLetterPdf.CanRender(letter, localizer)
            ? File(OfferLetterPdf.Render(letter, localizer), "application/pdf", $"offer-{offerId}.pdf")
            : Redirect(LetterPath(token, offerId));
    }
}
