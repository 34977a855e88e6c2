using ErmPortal.Web.Preferences;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Shared;

[AllowAnonymous]
[Route("culture")]
public class CultureController(IMediator mediator) : Controller
{
    /// <summary>Remembers the chosen language and returns to the page the person was on; signed in, their account keeps it too.</summary>
    [HttpPost("")]
    public async Task<IActionResult> SetCulture(string culture, string? returnUrl)
    {
        if (PortalHost.SupportedCultures.Any(c => c.Name == culture))
        {
            CultureCookie.Set(Response, culture);
            if (User.Identity?.IsAuthenticated == true) await mediator.Send(new SaveLanguage.Command(culture));
            TempData[LanguageChangedKey] = true;
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    /// <summary>Set for the page shown after a change of language, which gives the selector the focus back.</summary>
    public const string LanguageChangedKey = "erm:language-changed";
}

public static class CultureCookie
{
    /// <summary>The language cookie, for a year.</summary>
    public static void Set(HttpResponse response, string culture) =>
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
}
