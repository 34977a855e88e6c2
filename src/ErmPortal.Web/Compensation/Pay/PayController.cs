using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Compensation.Pay;

/// <summary>
/// A person's pay: the viewer's own at /me/pay, anyone's for the managers above them and HR (the handlers decide;
/// anyone else is told it does not exist), and the letters of their salary changes.
/// </summary>
public class PayController(IMediator mediator) : Controller
{
    [HttpGet("me/pay")]
    public async Task<IActionResult> MyPay() => View("GetPay", await mediator.Send(new GetPay.Query(null)));

    [HttpGet("compensation/people/{employeeId:int}")]
    public async Task<IActionResult> GetPay(int employeeId) => View(await mediator.Send(new GetPay.Query(employeeId)));

    [HttpGet("compensation/people/{employeeId:int}/letters/{recordId:int}")]
    public async Task<IActionResult> PayChangeLetter(int employeeId, int recordId) =>
        View(await mediator.Send(new PayChangeLetter.Query(employeeId, recordId)));
}
