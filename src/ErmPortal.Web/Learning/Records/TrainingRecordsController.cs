using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// Completions HR records, outside training HR confirms or refuses, certificates, certifications to renew and what
/// participants said of a course. Roles gate HR's pages; who may read a person's certificate or a course's feedback is
/// decided by the handlers.
/// </summary>
[Authorize]
public class TrainingRecordsController(IMediator mediator) : Controller
{
    [HttpGet("learning/records/new")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> RecordCompletion(int? enrolmentId, int? employeeId) =>
        View(await mediator.Send(new RecordCompletion.Query(enrolmentId, employeeId)));

    [HttpPost("learning/records/new")]
    [Authorize(Roles = Roles.Hr)]
    [RequestSizeLimit(CertificateFile.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = CertificateFile.MaxRequestBytes)]
    [UnreadableUpload("", CertificateFile.TooLarge)]
    public async Task<IActionResult> RecordCompletion(RecordCompletion.Command command)
    {
        if (!ModelState.IsValid) return View(await mediator.Send(new RecordCompletion.Redisplay(command)));
        await mediator.Send(command);
        TempData["Flash"] = "The completion is recorded.";
        return Redirect($"~/employees/{command.EmployeeId}");
    }

    [HttpGet("learning/records")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> ListRecordsToConfirm(int page = 1) => View(await mediator.Send(new ListRecordsToConfirm.Query(page)));

    [HttpPost("learning/records/{id:int}/confirm"), RedirectOnFailure]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> ConfirmOutsideTraining(int id)
    {
        await mediator.Send(new DecideOutsideTraining.Confirm(id));
        TempData["Flash"] = "The training is confirmed: it counts from now on.";
        return RedirectToAction(nameof(ListRecordsToConfirm));
    }

    [HttpGet("learning/records/{id:int}/refuse")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> RefuseOutsideTraining(int id) => View(await mediator.Send(new DecideOutsideTraining.Query(id)));

    [HttpPost("learning/records/{id:int}/refuse")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> RefuseOutsideTraining(int id, DecideOutsideTraining.Refuse command)
    {
        command.Id = id;
        if (!ModelState.IsValid)
        {
            var page = await mediator.Send(new DecideOutsideTraining.Query(id));
            page.Reason = command.Reason;
            return View(page);
        }
        await mediator.Send(command);
        TempData["Flash"] = "The training is not confirmed; the person is told why.";
        return RedirectToAction(nameof(ListRecordsToConfirm));
    }

    [HttpGet("learning/records/{id:int}/certificate")]
    public async Task<IActionResult> DownloadCertificate(int id)
    {
        var file = await mediator.Send(new DownloadCertificate.Query(id));
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("learning/certifications")]
    [Authorize(Roles = Roles.Hr + "," + Roles.Manager)]
    public async Task<IActionResult> ListCertifications(ListCertifications.Query query) => View(await mediator.Send(query));

    [HttpGet("employees/{id:int}/training")]
    public async Task<IActionResult> ListEmployeeRecords(int id, int page = 1) => View(nameof(ListMyRecords), await mediator.Send(new ListMyRecords.Query(id, page)));

    [HttpGet("learning/courses/{id:int}/feedback")]
    public async Task<IActionResult> ListCourseFeedback(int id, int page = 1) => View(await mediator.Send(new ListCourseFeedback.Query(id, page)));
}

/// <summary>The person's own training: their records, outside training they record, and their ratings of courses.</summary>
[Authorize]
[Route("me/learning/records")]
public class MyTrainingRecordsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListMyRecords(int page = 1) => View(await mediator.Send(new ListMyRecords.Query(null, page)));

    [HttpGet("new")]
    public IActionResult RecordOutsideTraining() => View(new RecordOutsideTraining.Command());

    [HttpPost("new")]
    [RequestSizeLimit(CertificateFile.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = CertificateFile.MaxRequestBytes)]
    [UnreadableUpload("", CertificateFile.TooLarge)]
    public async Task<IActionResult> RecordOutsideTraining(RecordOutsideTraining.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Sent to HR: the training counts once they confirm it.";
        return RedirectToAction(nameof(ListMyRecords));
    }

    [HttpPost("{id:int}/feedback"), RedirectOnFailure]
    public async Task<IActionResult> GiveFeedback(int id, GiveFeedback.Command command)
    {
        command.RecordId = id;
        if (!ModelState.IsValid) return View(nameof(ListMyRecords), await mediator.Send(new ListMyRecords.Query(RatedRecordId: id)) with { Feedback = command });
        await mediator.Send(command);
        TempData["Flash"] = "Thank you: your rating is kept.";
        return RedirectToAction(nameof(ListMyRecords));
    }
}
