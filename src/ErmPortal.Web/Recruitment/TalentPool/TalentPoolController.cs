using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using ErmPortal.Web.Recruitment.Careers;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;

namespace ErmPortal.Web.Recruitment.TalentPool;

/// <summary>HR's talent pool: the candidates who agreed to be kept for future openings, their tags, and who could fill an opening.</summary>
[Route("recruitment")]
[Authorize(Roles = Roles.Hr)]
public class TalentPoolController(IMediator mediator) : Controller
{
    [HttpGet("talent-pool")]
    public async Task<IActionResult> ListTalentPool(ListTalentPool.Query query) => View(await mediator.Send(query));

    [HttpPost("talent-pool/{id:int}/tags"), RedirectOnFailure]
    public async Task<IActionResult> TagCandidate(int id, string? tag, bool remove)
    {
        await mediator.Send(new TagCandidate.Command(id, tag ?? "", remove));
        return LocalRedirect(ReturnAddress());
    }

    [HttpGet("openings/{id:int}/talent")]
    public async Task<IActionResult> SuggestTalent(int id) => View(await mediator.Send(new SuggestTalent.Query(id)));

    [HttpPost("openings/{id:int}/talent/{candidateId:int}/invite"), RedirectOnFailure]
    public async Task<IActionResult> InviteToApply(int id, int candidateId)
    {
        await mediator.Send(new InviteToApply.Command(id, candidateId));
        TempData["Flash"] = "Invitation sent: the candidate has the link to apply.";
        return RedirectToAction(nameof(SuggestTalent), new { id });
    }

    /// <summary>Back to the list as it was filtered when the tag was changed.</summary>
    private string ReturnAddress() =>
        Request.Headers.Referer.ToString() is { Length: > 0 } referer && Uri.TryCreate(referer, UriKind.Absolute, out var uri)
            && uri.Authority == Request.Host.Value && uri.AbsolutePath == "/recruitment/talent-pool"
            ? uri.PathAndQuery
            : "/recruitment/talent-pool";
}

/// <summary>The one-click stop for emails about new openings, reached from the link in those emails: no account needed.</summary>
[Route("careers/unsubscribe/{token}")]
[AllowAnonymous]
public class OpeningEmailsController(IMediator mediator) : Controller
{
    // Reached from an email by someone with no account: the careers frame, not the portal's menu.
    public override void OnActionExecuting(ActionExecutingContext context) => PublicFrame.Use(HttpContext, CareersPage.Frame(HttpContext));

    [HttpGet("")]
    public async Task<IActionResult> StopOpeningEmails(string token) => View(await mediator.Send(new StopOpeningEmails.Query(token)));

    [HttpPost("")]
    [EnableRateLimiting(CareersRateLimit.Policy)]
    public async Task<IActionResult> ConfirmStopOpeningEmails(string token)
    {
        await mediator.Send(new StopOpeningEmails.Command(token));
        return RedirectToAction(nameof(StopOpeningEmails), new { token });
    }
}
