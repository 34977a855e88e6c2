using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Administration;

[Route("admin/accounts")]
[Authorize(Policy = Policies.Admin)]
public class AccountsAdminController(IMediator mediator, IStringLocalizer<AdministrationResource> localizer) : Controller
{
    /// <summary>The ViewData key of the accounts list address a form returns to.</summary>
    public const string ReturnUrl = "ReturnUrl";

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
    public async Task<IActionResult> ManageAccount(string userId, ManageAccount.Action operation, string? returnUrl)
    {
        TempData["Flash"] = Describe(await mediator.Send(new ManageAccount.Command(userId, operation)));
        return LocalRedirect(ListAddress(returnUrl));
    }

    [HttpGet("{userId}/roles")]
    public async Task<IActionResult> EditAccountRoles(string userId, string? returnUrl)
    {
        ViewData[ReturnUrl] = ListAddress(returnUrl);
        return View(await mediator.Send(new EditAccountRoles.Query(userId)));
    }

    [HttpPost("{userId}/roles")]
    public async Task<IActionResult> EditAccountRoles(string userId, EditAccountRoles.Command command, string? returnUrl)
    {
        command.UserId = userId;
        // Set before sending: a refused change re-renders this form, which posts back to the same list.
        ViewData[ReturnUrl] = ListAddress(returnUrl);
        if (!ModelState.IsValid) return View(command);
        TempData["Flash"] = Describe(await mediator.Send(command));
        return LocalRedirect(ListAddress(returnUrl));
    }

    /// <summary>
    /// Back to the accounts list as the administrator left it (search, role, page). Only an address of this list is
    /// followed, so a forged field cannot send anyone elsewhere, not even to another page of the portal.
    /// </summary>
    private string ListAddress(string? returnUrl)
    {
        var list = Url.Action(nameof(ListAccounts))!;
        return Url.IsLocalUrl(returnUrl) && (returnUrl == list || returnUrl.StartsWith(list + "?", StringComparison.Ordinal)) ? returnUrl : list;
    }

    private string Describe(Outcome outcome) => localizer[outcome.Message, outcome.Email].Value;
}
