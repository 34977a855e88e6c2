using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Onboarding.Documents;

/// <summary>A person's documents. Who may see, upload or delete which is decided by the handlers; anyone else is told the page does not exist.</summary>
[Route("employees/{id:int}/documents")]
public class EmployeeDocumentsController(IMediator mediator, IStringLocalizer<OnboardingResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> GetEmployeeDocuments(int id) => View(await mediator.Send(new GetEmployeeDocuments.Query(id)));

    [HttpPost(""), RedirectOnFailure]
    [RequestSizeLimit(DocumentFile.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = DocumentFile.MaxRequestBytes)]
    [UnreadableUpload("", DocumentFile.TooLarge)]
    public async Task<IActionResult> UploadEmployeeDocument(int id, UploadEmployeeDocument.Command command)
    {
        command.Id = id;
        if (!ModelState.IsValid)
            return View(nameof(GetEmployeeDocuments), await mediator.Send(new GetEmployeeDocuments.Query(id)) with { Upload = command });
        await mediator.Send(command);
        TempData["Flash"] = localizer["The document is kept."].Value;
        return RedirectToAction(nameof(GetEmployeeDocuments), new { id });
    }

    [HttpGet("{documentId:int}")]
    public async Task<IActionResult> DownloadEmployeeDocument(int id, int documentId)
    {
        var file = await mediator.Send(new DownloadEmployeeDocument.Query(id, documentId));
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpPost("{documentId:int}/delete"), RedirectOnFailure]
    public async Task<IActionResult> DeleteEmployeeDocument(int id, int documentId)
    {
        await mediator.Send(new DeleteEmployeeDocument.Command(id, documentId));
        TempData["Flash"] = localizer["The document is deleted."].Value;
        return RedirectToAction(nameof(GetEmployeeDocuments), new { id });
    }
}
