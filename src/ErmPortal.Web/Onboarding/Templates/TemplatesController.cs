using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>HR's journey templates: the list, a template with its versions, new and edited ones, archiving. HR's only.</summary>
[Route("onboarding/templates")]
[Authorize(Roles = Roles.Hr)]
public class TemplatesController(IMediator mediator) : Controller
{
    /// <summary>Rows a page without scripts adds each time HR asks for more.</summary>
    private const int MoreRows = 3;

    [HttpGet("")]
    public async Task<IActionResult> ListTemplates() => View(await mediator.Send(new ListTemplates.Query()));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetTemplate(int id, int? version) => View(await mediator.Send(new GetTemplate.Query(id, version)));

    [HttpGet("{id:int}/tasks/{taskId:int}/document")]
    public async Task<IActionResult> DownloadTemplateDocument(int id, int taskId)
    {
        var document = await mediator.Send(new DownloadTemplateDocument.Query(id, taskId));
        return File(document.Content, document.ContentType, document.FileName);
    }

    [HttpGet("new")]
    public async Task<IActionResult> CreateTemplate(JourneyKind kind = JourneyKind.Onboarding)
    {
        var command = new CreateTemplate.Command { Kind = kind, Choices = await mediator.Send(new GetTemplateChoices()) };
        command.PrepareRows(tidy: true, spare: MoreRows);
        return View(command);
    }

    [HttpPost("new")]
    [RequestSizeLimit(TemplateDocument.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = TemplateDocument.MaxRequestBytes)]
    [UnreadableUpload("", TemplateDocument.FormTooLarge)]
    public async Task<IActionResult> CreateTemplate(CreateTemplate.Command command)
    {
        // Read before sending, so the form can be shown again whatever refuses it.
        command.Choices = await mediator.Send(new GetTemplateChoices());
        if (command.AddRows) return MoreRowsOf(command);
        if (!ModelState.IsValid) return View(command);
        var id = await mediator.Send(command);
        TempData["Flash"] = "Template saved. New plans can start from it.";
        return RedirectToAction(nameof(GetTemplate), new { id });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> EditTemplate(int id)
    {
        var command = await mediator.Send(new EditTemplate.Query(id));
        command.Choices = await mediator.Send(new GetTemplateChoices());
        command.PrepareRows(tidy: true);
        return View(command);
    }

    [HttpPost("{id:int}/edit")]
    [RequestSizeLimit(TemplateDocument.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = TemplateDocument.MaxRequestBytes)]
    [UnreadableUpload("", TemplateDocument.FormTooLarge)]
    public async Task<IActionResult> EditTemplate(int id, EditTemplate.Command command)
    {
        command.Id = id;
        command.Choices = await mediator.Send(new GetTemplateChoices());
        if (command.AddRows) return MoreRowsOf(command);
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Template saved. Plans already running keep the tasks they started with.";
        return RedirectToAction(nameof(GetTemplate), new { id });
    }

    [HttpPost("{id:int}/archive"), RedirectOnFailure]
    public async Task<IActionResult> ArchiveTemplate(int id)
    {
        await mediator.Send(new ArchiveTemplate.Command(id, Archive: true));
        TempData["Flash"] = "Template archived: no new plan starts from it. Plans made from it keep their tasks.";
        return RedirectToAction(nameof(GetTemplate), new { id });
    }

    [HttpPost("{id:int}/restore"), RedirectOnFailure]
    public async Task<IActionResult> RestoreTemplate(int id)
    {
        await mediator.Send(new ArchiveTemplate.Command(id, Archive: false));
        TempData["Flash"] = "Template restored: new plans can start from it again.";
        return RedirectToAction(nameof(GetTemplate), new { id });
    }

    /// <summary>The form again with more empty rows and nothing saved; nothing was checked either, so no message shows yet.</summary>
    private ViewResult MoreRowsOf(TemplateForm command)
    {
        ModelState.Clear();
        command.PrepareRows(tidy: true, spare: command.Tasks.Count(t => t.IsBlank && !t.Remove) + MoreRows);
        return View(command);
    }
}
