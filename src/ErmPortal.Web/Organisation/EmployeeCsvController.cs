using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Organisation;

/// <summary>Employees in and out as CSV files. An import is two steps: a preview that writes nothing, then a confirmation.</summary>
[Route("employees")]
[Authorize(Policy = Policies.HrOrAdmin)]
public class EmployeeCsvController(IMediator mediator) : Controller
{
    [HttpGet("export")]
    public async Task<IResult> ExportEmployees(ExportEmployees.Query query)
    {
        var export = await mediator.Send(query);
        return Results.Stream(body => export.WriteCsvAsync(body, HttpContext.RequestAborted), "text/csv; charset=utf-8", export.FileName);
    }

    [HttpGet("import")]
    public IActionResult PreviewEmployeeImport() => View(new PreviewEmployeeImport.Model());

    [HttpPost("import")]
    [RequestSizeLimit(Organisation.PreviewEmployeeImport.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = Organisation.PreviewEmployeeImport.MaxRequestBytes)]
    [UnreadableUpload("/employees/import", Organisation.PreviewEmployeeImport.TooLarge)]
    public async Task<IActionResult> PreviewEmployeeImport(PreviewEmployeeImport.Query query)
    {
        if (!ModelState.IsValid) return View(new PreviewEmployeeImport.Model());
        return View(await mediator.Send(query));
    }

    [HttpPost("import/confirm")]
    public async Task<IActionResult> ImportEmployees(ImportEmployees.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Employees imported. Each of them gets an email inviting them to choose a password.";
        return RedirectToAction(nameof(EmployeesController.ListEmployees), "Employees", new { status = EmployeeStatus.Onboarding });
    }
}
