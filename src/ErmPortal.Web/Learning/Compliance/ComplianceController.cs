using ErmPortal.Data.Accounts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>
/// Mandatory training: each person's own courses, HR's report with who is overdue and its files, the managers' team view
/// (HR opens anyone's), and the training investment for HR and managers.
/// </summary>
[Authorize]
public class ComplianceController(IMediator mediator) : Controller
{
    [HttpGet("me/learning/mandatory")]
    public async Task<IActionResult> GetMyMandatory() => View(await mediator.Send(new GetMyMandatory.Query()));

    [HttpGet("learning/compliance")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> GetComplianceReport(GetComplianceReport.Query query) => View(await mediator.Send(query));

    [HttpGet("learning/compliance.csv")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> ExportCompliance(int? departmentId, int? courseId) =>
        File(await mediator.Send(new ExportCompliance.Query { DepartmentId = departmentId, CourseId = courseId }),
            "text/csv; charset=utf-8", "mandatory-training.csv");

    [HttpGet("learning/compliance/overdue")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> ListOverdue(ListOverdue.Query query) => View(await mediator.Send(query));

    [HttpGet("learning/compliance/overdue.csv")]
    [Authorize(Roles = Roles.Hr)]
    public async Task<IActionResult> ExportOverdue(int? departmentId, int? courseId) =>
        File(await mediator.Send(new ExportCompliance.Query { DepartmentId = departmentId, CourseId = courseId, OverdueOnly = true }),
            "text/csv; charset=utf-8", "mandatory-training-overdue.csv");

    [HttpGet("learning/compliance/team")]
    public async Task<IActionResult> GetTeamCompliance(GetTeamCompliance.Query query) => View(await mediator.Send(query));

    [HttpGet("learning/investment")]
    [Authorize(Roles = $"{Roles.Hr},{Roles.Manager}")]
    public async Task<IActionResult> GetInvestment(GetInvestment.Query query) => View(await mediator.Send(query));
}
