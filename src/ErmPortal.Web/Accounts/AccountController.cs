using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Accounts;

[Route("account")]
public class AccountController(IMediator mediator) : Controller
{
    private const string ResetPasswordRoute = "reset-password";
    public const string ResetPasswordPath = "/account/" + ResetPasswordRoute;

    [HttpGet("sign-in"), AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect("/") : View(new SignIn.Command { ReturnUrl = returnUrl });

    [HttpPost("sign-in"), AllowAnonymous]
    public async Task<IActionResult> SignIn(SignIn.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        switch (await mediator.Send(command))
        {
            case Accounts.SignIn.Result.SignedIn:
                // Only local addresses: a crafted link must not bounce a fresh sign-in to another site.
                return LocalRedirect(Url.IsLocalUrl(command.ReturnUrl) ? command.ReturnUrl : "/");
            case Accounts.SignIn.Result.LockedOut:
                ModelState.AddModelError("", "Too many wrong passwords: this account is locked for 15 minutes. You can also reset your password.");
                break;
            default:
                ModelState.AddModelError("", "The email or password is not right.");
                break;
        }
        return View(command with { Password = "" });
    }

    [HttpPost("sign-out")]
    public new async Task<IActionResult> SignOut()
    {
        await mediator.Send(new SignOut.Command());
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePassword.Command());

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(ChangePassword.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Your password is changed. Other sessions have been signed out.";
        return LocalRedirect("/");
    }

    [HttpGet("forgot-password"), AllowAnonymous]
    public IActionResult ForgotPassword() => View(new ForgotPassword.Command());

    [HttpPost("forgot-password"), AllowAnonymous]
    public async Task<IActionResult> ForgotPassword(ForgotPassword.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        return View("ForgotPasswordSent", command);
    }

    [HttpGet(ResetPasswordRoute), AllowAnonymous]
    public IActionResult ResetPassword(string email, string token) =>
        View(new ResetPassword.Command { Email = email, Token = token });

    [HttpPost(ResetPasswordRoute), AllowAnonymous]
    public async Task<IActionResult> ResetPassword(ResetPassword.Command command)
    {
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Your password is set. Sign in with it now.";
        return RedirectToAction(nameof(SignIn));
    }
}
