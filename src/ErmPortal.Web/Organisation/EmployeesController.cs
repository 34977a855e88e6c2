using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Organisation;

[Route("employees")]
public class EmployeesController(IMediator mediator) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.HrOrAdmin)]
    public async Task<IActionResult> ListEmployees(ListEmployees.Query query) =>
        View(await mediator.Send(query));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetEmployee(int id) =>
        View(await mediator.Send(new GetEmployee.Query(id)));

    [HttpGet("new")]
    [Authorize(Policy = Policies.HrOrAdmin)]
    public IActionResult CreateEmployee() =>
        View(new CreateEmployee.Command { HireDate = DateOnly.FromDateTime(DateTime.UtcNow) });

    [HttpPost("new")]
    [Authorize(Policy = Policies.HrOrAdmin)]
    public async Task<IActionResult> CreateEmployee(CreateEmployee.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        var id = await mediator.Send(command);
        TempData["Flash"] = "Employee created. An invitation to set a password is on its way.";
        return RedirectToAction(nameof(GetEmployee), new { id });
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = Policies.HrOrAdmin)]
    public async Task<IActionResult> EditEmployee(int id) =>
        View(await mediator.Send(new EditEmployee.Query(id)));

    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.HrOrAdmin)]
    public async Task<IActionResult> EditEmployee(int id, EditEmployee.Command command)
    {
        command.Id = id;
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Changes saved.";
        return RedirectToAction(nameof(GetEmployee), new { id });
    }
}
