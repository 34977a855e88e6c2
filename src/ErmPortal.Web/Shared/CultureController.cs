using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Shared;

[AllowAnonymous]
[Route("culture")]
public class CultureController : Controller
{
    /// <summary>Remembers the chosen language for a year and returns to the page the person was on.</summary>
    [HttpPost("")]
    public IActionResult SetCulture(string culture, string? returnUrl)
    {
        if (PortalHost.SupportedCultures.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
