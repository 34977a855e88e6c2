using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Recruitment.Privacy;

/// <summary>HR answers a candidate's request about their data: a copy of it, or its erasure.</summary>
[Route("recruitment/candidates/{id:int}/privacy")]
[Authorize(Roles = Roles.Hr)]
public class CandidatePrivacyController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> CandidatePrivacy(int id) => View(await mediator.Send(new CandidatePrivacy.Query(id)));

    [HttpGet("export")]
    public async Task<IActionResult> ExportCandidateData(int id)
    {
        var export = await mediator.Send(new CandidatePrivacy.ExportQuery(id));
        return File(export.Content, "application/zip", export.FileName);
    }

    [HttpPost("erase"), RedirectOnFailure]
    public async Task<IActionResult> EraseCandidate(int id, Guid version)
    {
        await mediator.Send(new CandidatePrivacy.Erase(id, version));
        TempData["Flash"] = "The candidate's personal data was erased.";
        return RedirectToAction(nameof(CandidatePrivacy), new { id });
    }
}
