using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Organisation;

/// <summary>HR's lifecycle actions on one employee: transfers and promotions, and leaving.</summary>
[Route("employees/{id:int}")]
[Authorize(Policy = Policies.HrOrAdmin)]
public class EmployeeLifecycleController(IMediator mediator) : Controller
{
    [HttpGet("transfer")]
    public async Task<IActionResult> TransferEmployee(int id) => View(await mediator.Send(new TransferEmployee.Query(id)));

    [HttpPost("transfer")]
    public async Task<IActionResult> TransferEmployee(int id, TransferEmployee.Command command)
    {
        command.Id = id;
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Job change recorded.";
        return RedirectToAction("GetEmployee", "Employees", new { id });
    }

    [HttpGet("leaving")]
    public async Task<IActionResult> TerminateEmployee(int id) => View(await mediator.Send(new TerminateEmployee.Query(id)));

    [HttpPost("leaving")]
    public async Task<IActionResult> TerminateEmployee(int id, TerminateEmployee.Command command)
    {
        command.Id = id;
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Leaving recorded.";
        return RedirectToAction("GetEmployee", "Employees", new { id });
    }
}
