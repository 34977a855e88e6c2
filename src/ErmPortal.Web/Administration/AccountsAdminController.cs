using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Administration;

[Route("admin/accounts")]
[Authorize(Policy = Policies.Admin)]
public class AccountsAdminController(IMediator mediator, IStringLocalizer<AdministrationResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> ListAccounts(ListAccounts.Query query) => View(await mediator.Send(query));

    [HttpGet("invite")]
    public IActionResult InviteAccount() => View(new InviteAccount.Command { Roles = [Data.Accounts.Roles.Employee] });

    [HttpPost("invite")]
    public async Task<IActionResult> InviteAccount(InviteAccount.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Invitation sent.";
        return RedirectToAction(nameof(ListAccounts));
    }

    [HttpPost("{userId}/manage")]
    public async Task<IActionResult> ManageAccount(string userId, ManageAccount.Action operation)
    {
        TempData["Flash"] = Describe(await mediator.Send(new ManageAccount.Command(userId, operation)));
        return RedirectToAction(nameof(ListAccounts));
    }

    [HttpGet("{userId}/roles")]
    public async Task<IActionResult> EditAccountRoles(string userId) => View(await mediator.Send(new EditAccountRoles.Query(userId)));

    [HttpPost("{userId}/roles")]
    public async Task<IActionResult> EditAccountRoles(string userId, EditAccountRoles.Command command)
    {
        command.UserId = userId;
        if (!ModelState.IsValid) return View(command);
        TempData["Flash"] = Describe(await mediator.Send(command));
        return RedirectToAction(nameof(ListAccounts));
    }

    private string Describe(Outcome outcome) => localizer[outcome.Message, outcome.Email].Value;
}
