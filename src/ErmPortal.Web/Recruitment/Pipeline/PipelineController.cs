using ErmPortal.Data.Accounts;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Localization;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// The pipeline board, the candidate page and candidate search. Who may see or move which candidate is decided by the
/// handlers (the opening's hiring team; HR everywhere); anyone else is told the page does not exist.
/// </summary>
[Route("recruitment")]
public class PipelineController(IMediator mediator, IStringLocalizer<RecruitmentResource> localizer, ValidationMessages messages) : Controller
{
    [HttpGet("openings/{id:int}/board")]
    public async Task<IActionResult> GetPipelineBoard(GetPipelineBoard.Query query) => View(await mediator.Send(query));

    /// <summary>The move of one candidate as a page of its own, for those without the board's script.</summary>
    [HttpGet("applications/{id:int}/move")]
    public async Task<IActionResult> MoveApplication(int id) => View(await mediator.Send(new MoveApplication.Query(id)));

    /// <summary>
    /// Posted by the move's page (redirect back to the board, the outcome as a message) or by the board's script after a
    /// drop (asks for JSON: the card's new version, or the message that sends the card back).
    /// </summary>
    [HttpPost("applications/{id:int}/move"), RedirectOnFailure]
    public async Task<IActionResult> MoveApplication(int id, MoveApplication.Command command)
    {
        command.ApplicationId = id;
        if (!WantsJson)
        {
            var moved = await mediator.Send(command);
            TempData["Flash"] = localizer["Moved to {0}.", moved.StageName].Value;
            return RedirectToAction(nameof(GetPipelineBoard), new { id = moved.OpeningId });
        }
        try
        {
            var result = await mediator.Send(command);
            return Json(new { version = result.Version, message = localizer["Moved to {0}.", result.StageName].Value });
        }
        catch (NotFoundException) { return NotFound(); }
        catch (ConcurrencyConflictException conflict) { return Failure(StatusCodes.Status409Conflict, conflict.Message, []); }
        catch (DomainRuleException rule) { return Failure(StatusCodes.Status422UnprocessableEntity, rule.Message, rule.Arguments); }
    }

    [HttpPost("openings/{id:int}/reject"), RedirectOnFailure]
    public async Task<IActionResult> BulkRejectApplications(int id, BulkRejectApplications.Command command)
    {
        command.OpeningId = id;
        var result = await mediator.Send(command);
        TempData["Flash"] = localizer["Rejected: {0}.", result.Rejected].Value;
        if (result.Changed.Count > 0)
            TempData[ExceptionToViewFilter.FlashErrorKey] = localizer["Moved by someone else meanwhile, so left as they are: {0}.", string.Join(", ", result.Changed)].Value;
        return RedirectToAction(nameof(GetPipelineBoard), new { id });
    }

    [HttpGet("candidates")]
    [Authorize(Roles = Roles.Hr + "," + Roles.Manager)]
    public async Task<IActionResult> SearchCandidates(SearchCandidates.Query query) => View(await mediator.Send(query));

    [HttpGet("candidates/{id:int}")]
    public async Task<IActionResult> GetCandidate(GetCandidate.Query query) => View(await mediator.Send(query));

    [HttpPost("candidates/{id:int}/notes"), RedirectOnFailure]
    public async Task<IActionResult> AddCandidateNote(int id, AddCandidateNote.Command command)
    {
        command.CandidateId = id;
        await mediator.Send(command);
        TempData["Flash"] = "Note added.";
        return RedirectToAction(nameof(GetCandidate), new { id });
    }

    [HttpGet("applications/{id:int}/cv")]
    public async Task<IActionResult> DownloadCv(int id)
    {
        var cv = await mediator.Send(new DownloadCv.Query(id));
        return File(cv.Content, cv.ContentType, cv.FileName);
    }

    private bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private JsonResult Failure(int status, string message, object[] arguments) =>
        new(new { message = messages.For(message, arguments, GetType()) }) { StatusCode = status };
}
