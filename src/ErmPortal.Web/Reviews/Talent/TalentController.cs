using ErmPortal.Data.Accounts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Reviews.Talent;

/// <summary>The 9-box for HR (everyone) and managers (the people below them), and the people in any of its cells.</summary>
[Authorize(Roles = $"{Roles.Hr},{Roles.Manager}")]
public class TalentController(IMediator mediator) : Controller
{
    [HttpGet("reviews/talent")]
    public async Task<IActionResult> GetTalentGrid(GetTalentGrid.Query query) => View(await mediator.Send(query));

    [HttpGet("reviews/talent/cell")]
    public async Task<IActionResult> ListTalentCell(ListTalentCell.Query query) => View(await mediator.Send(query));
}
