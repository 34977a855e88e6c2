using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Profiles;

/// <summary>Self-service: the signed-in person's own profile, requests and data.</summary>
[Route("me")]
public class MyProfileController(IMediator mediator, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public IActionResult MyProfile() => user.EmployeeId is { } id
        ? RedirectToAction("GetEmployee", "Employees", new { id })
        : NotFound();

    [HttpGet("profile")]
    public async Task<IActionResult> EditMyProfile() => View(await mediator.Send(new EditMyProfile.Query()));

    [HttpPost("profile")]
    public async Task<IActionResult> EditMyProfile(EditMyProfile.Command command)
    {
        if (!ModelState.IsValid) return View(command with { EmergencyContacts = Profiles.EditMyProfile.WithBlankRows(command.EmergencyContacts) });
        await mediator.Send(command);
        TempData["Flash"] = "Your profile is saved.";
        return RedirectToAction(nameof(MyProfile));
    }

    [HttpPost("photo")]
    [RequestSizeLimit(Profiles.ChangeMyPhoto.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = Profiles.ChangeMyPhoto.MaxRequestBytes)]
    [UnreadableUpload("/me/profile", Profiles.ChangeMyPhoto.TooLarge)]
    public async Task<IActionResult> ChangeMyPhoto(ChangeMyPhoto.Command command)
    {
        if (!ModelState.IsValid)
        {
            TempData[ExceptionToViewFilter.FlashErrorKey] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToAction(nameof(EditMyProfile));
        }
        await mediator.Send(command);
        TempData["Flash"] = command.Remove ? "Your photo is removed." : "Your photo is saved.";
        return RedirectToAction(nameof(EditMyProfile));
    }

    [HttpGet("change-requests/new")]
    public async Task<IActionResult> RequestDetailsChange() => View(await mediator.Send(new RequestDetailsChange.Query()));

    [HttpPost("change-requests/new")]
    public async Task<IActionResult> RequestDetailsChange(RequestDetailsChange.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Your request is with HR. Nothing changes until they approve it.";
        return RedirectToAction(nameof(ListMyChangeRequests));
    }

    [HttpGet("change-requests")]
    public async Task<IActionResult> ListMyChangeRequests() => View(await mediator.Send(new ListMyChangeRequests.Query()));

    [HttpPost("change-requests/{id:int}/withdraw"), RedirectOnFailure]
    public async Task<IActionResult> WithdrawChangeRequest(int id)
    {
        await mediator.Send(new WithdrawChangeRequest.Command(id));
        TempData["Flash"] = "Request withdrawn.";
        return RedirectToAction(nameof(ListMyChangeRequests));
    }

    [HttpGet("data.json")]
    public async Task<IActionResult> DownloadMyDataJson()
    {
        var export = await mediator.Send(new DownloadMyData.Query(DownloadMyData.Format.Json));
        return File(export.Content, export.ContentType, export.FileName);
    }

    [HttpGet("data.zip")]
    public async Task<IActionResult> DownloadMyDataZip()
    {
        var export = await mediator.Send(new DownloadMyData.Query(DownloadMyData.Format.CsvZip));
        return File(export.Content, export.ContentType, export.FileName);
    }
}
