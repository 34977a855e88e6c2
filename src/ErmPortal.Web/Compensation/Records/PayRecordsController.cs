using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Compensation.Records;

/// <summary>
/// HR records a person's pay: salary changes, bonuses, allowances and benefit enrolments, each back on the person's
/// pay page. The handlers decide who may (HR, never about their own pay); anyone else is told the person does not exist.
/// </summary>
[Route("compensation/people/{employeeId:int}")]
public class PayRecordsController(IMediator mediator, IStringLocalizer<CompensationResource> localizer) : Controller
{
    [HttpGet("salary/new")]
    public async Task<IActionResult> RecordSalaryChange(int employeeId) =>
        View(Records.RecordSalaryChange.Command.For(await FormAsync(employeeId)));

    [HttpPost("salary/new")]
    public async Task<IActionResult> RecordSalaryChange(int employeeId, RecordSalaryChange.Command command)
    {
        command.Context = await FormAsync(employeeId);
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = command.EffectiveOn > command.Context.Today
            ? localizer["Salary change recorded: it takes effect on its day."].Value
            : localizer["Salary change recorded and in force."].Value;
        return BackToPay(employeeId);
    }

    [HttpGet("bonuses/new")]
    public async Task<IActionResult> AddBonus(int employeeId) => View(Records.AddBonus.Command.For(await FormAsync(employeeId)));

    [HttpPost("bonuses/new")]
    public async Task<IActionResult> AddBonus(int employeeId, AddBonus.Command command)
    {
        command.Context = await FormAsync(employeeId);
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = localizer["Bonus recorded."].Value;
        return BackToPay(employeeId);
    }

    [HttpGet("allowances/new")]
    public async Task<IActionResult> AddAllowance(int employeeId) => View(Records.AddAllowance.Command.For(await FormAsync(employeeId)));

    [HttpPost("allowances/new")]
    public async Task<IActionResult> AddAllowance(int employeeId, AddAllowance.Command command)
    {
        command.Context = await FormAsync(employeeId);
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = localizer["Allowance recorded."].Value;
        return BackToPay(employeeId);
    }

    [HttpPost("allowances/{allowanceId:int}/end"), RedirectOnFailure]
    public async Task<IActionResult> EndAllowance(int employeeId, int allowanceId, DateOnly endsOn)
    {
        await mediator.Send(new EndAllowance.Command(employeeId, allowanceId, endsOn));
        TempData["Flash"] = localizer["Allowance ended."].Value;
        return BackToPay(employeeId);
    }

    [HttpGet("benefits/enrol")]
    public async Task<IActionResult> EnrolInBenefit(int employeeId) => View(Records.EnrolInBenefit.Command.For(await FormAsync(employeeId)));

    [HttpPost("benefits/enrol")]
    public async Task<IActionResult> EnrolInBenefit(int employeeId, EnrolInBenefit.Command command)
    {
        command.Context = await FormAsync(employeeId);
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = localizer["Enrolled in the benefit."].Value;
        return BackToPay(employeeId);
    }

    [HttpPost("benefits/{enrolmentId:int}/end"), RedirectOnFailure]
    public async Task<IActionResult> EndEnrolment(int employeeId, int enrolmentId, DateOnly endsOn)
    {
        await mediator.Send(new EndEnrolment.Command(employeeId, enrolmentId, endsOn));
        TempData["Flash"] = localizer["Benefit enrolment ended."].Value;
        return BackToPay(employeeId);
    }

    private RedirectResult BackToPay(int employeeId) => Redirect(Url.Content("~" + PayLinks.Person(employeeId)));

    /// <summary>The person the form is about; "not found" for anyone but HR, before the posted form is even looked at.</summary>
    private Task<PayFormContext> FormAsync(int employeeId) => mediator.Send(new GetPayForm.Query(employeeId));
}
