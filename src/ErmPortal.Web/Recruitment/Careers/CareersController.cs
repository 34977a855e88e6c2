using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using ErmPortal.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>
/// The public careers page: open to anyone without signing in. Candidates reach their own applications only through
/// the private link emailed to them; every form here is limited per client (<see cref="CareersRateLimit"/>).
/// </summary>
[AllowAnonymous]
[Route("careers")]
public class CareersController(IMediator mediator) : Controller
{
    /// <summary>Every page answered here, the "not found" page included, is drawn in the careers page's frame.</summary>
    public override void OnActionExecuting(ActionExecutingContext context) => PublicFrame.Use(HttpContext, CareersPage.Frame(HttpContext));

    [HttpGet("")]
    public async Task<IActionResult> ListOpenings(ListOpenings.Query query) => View(await mediator.Send(query));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> ApplyForOpening(int id) =>
        View(new ApplyForOpening.Command { OpeningId = id, Opening = await mediator.Send(new GetOpening.Query(id)) });

    [HttpPost("{id:int}")]
    [EnableRateLimiting(CareersRateLimit.Policy)]
    [RequestSizeLimit(CvFile.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = CvFile.MaxRequestBytes)]
    [UnreadableUpload("", CvFile.TooLarge)]
    public async Task<IActionResult> ApplyForOpening(int id, ApplyForOpening.Command command)
    {
        command.OpeningId = id;
        // Read before sending, so the page can be shown again around the form whatever refuses it.
        command.Opening = await mediator.Send(new GetOpening.Query(id));
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        return RedirectToAction(nameof(Applied), new { id });
    }

    [HttpGet("{id:int}/applied")]
    public async Task<IActionResult> Applied(int id) => View(await mediator.Send(new GetOpening.Query(id)));

    [HttpGet("status/resend")]
    public IActionResult ResendStatusLink(bool sent) => View(new ResendStatusLinkPage(new ResendStatusLink.Command(), sent));

    [HttpPost("status/resend")]
    [EnableRateLimiting(CareersRateLimit.Policy)]
    public async Task<IActionResult> ResendStatusLink(ResendStatusLink.Command command)
    {
        if (!ModelState.IsValid) return View(new ResendStatusLinkPage(command, Sent: false));
        await mediator.Send(command);
        return RedirectToAction(nameof(ResendStatusLink), new { sent = true });
    }

    [HttpGet("status/{token}")]
    public async Task<IActionResult> GetApplicationStatus(string token) => View(await mediator.Send(new GetApplicationStatus.Query(token)));

    [HttpGet("status/{token}/withdraw/{applicationId:int}")]
    public async Task<IActionResult> WithdrawApplication(string token, int applicationId) =>
        View(await mediator.Send(new WithdrawApplication.Query(token, applicationId)));

    [HttpPost("status/{token}/withdraw/{applicationId:int}"), RedirectOnFailure]
    [EnableRateLimiting(CareersRateLimit.Policy)]
    public async Task<IActionResult> WithdrawApplication(string token, int applicationId, WithdrawApplication.Command command)
    {
        command.Token = token;
        command.ApplicationId = applicationId;
        if (!ModelState.IsValid) return View(await mediator.Send(new WithdrawApplication.Query(token, applicationId)) with { Form = command });
        await mediator.Send(command);
        TempData["Flash"] = "Your application is withdrawn.";
        return RedirectToAction(nameof(GetApplicationStatus), new { token });
    }

    [HttpGet("status/{token}/apply/{openingId:int}")]
    public async Task<IActionResult> ApplyFromStatus(string token, int openingId) =>
        View(new ApplyFromStatus.Command { Token = token, OpeningId = openingId, Known = await mediator.Send(new ApplyFromStatus.Query(token, openingId)) });

    [HttpPost("status/{token}/apply/{openingId:int}")]
    [EnableRateLimiting(CareersRateLimit.Policy)]
    [RequestSizeLimit(CvFile.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = CvFile.MaxRequestBytes)]
    [UnreadableUpload("", CvFile.TooLarge)]
    public async Task<IActionResult> ApplyFromStatus(string token, int openingId, ApplyFromStatus.Command command)
    {
        command.Token = token;
        command.OpeningId = openingId;
        command.Known = await mediator.Send(new ApplyFromStatus.Query(token, openingId));
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Thank you: your application is on its way. We have emailed you a confirmation.";
        return RedirectToAction(nameof(GetApplicationStatus), new { token });
    }
}

/// <summary>The form to ask for the link again, and whether the answer is to be shown.</summary>
public record ResendStatusLinkPage(ResendStatusLink.Command Form, bool Sent);
