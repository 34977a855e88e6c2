using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace ErmPortal.Web.Shared;

/// <summary>The pages for 403, 404, 429 (a form sent too often) and 500. The 500 page shows a correlation id that is also in the log.</summary>
[AllowAnonymous]
[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
public class ErrorController(ILogger<ErrorController> logger) : Controller
{
    public record Model(int StatusCode, string CorrelationId);

    [Route("{statusCode:int}")]
    [IgnoreAntiforgeryToken] // re-executed for failed POSTs too; it changes nothing
    public IActionResult Error()
    {
        // Read from the route, not bound as a parameter: a failed POST is re-executed as a POST, and when its body cannot
        // be read (an upload over the size limit, a broken multipart body) MVC binds no parameter at all, which left 0.
        var statusCode = RealErrorStatus(RouteData.Values["statusCode"]);
        var correlationId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        if (statusCode >= 500)
        {
            var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
            logger.LogError(failure?.Error, "Request to {Path} failed; correlation id {CorrelationId}", failure?.Path, correlationId);
        }
        Response.StatusCode = statusCode;
        var view = statusCode switch
        {
            403 => "Forbidden", 404 => "NotFound", StatusCodes.Status429TooManyRequests => "TooManyRequests", >= 500 => "ServerError", _ => "OtherError",
        };
        return View(view, new Model(statusCode, correlationId));
    }

    /// <summary>
    /// The page is reachable by its address too (/error/0, /error/99999): only an error status HTTP defines is answered
    /// with, anything else is an address that does not exist. An int route value beyond int's range never gets here.
    /// </summary>
    private static int RealErrorStatus(object? routeValue) =>
        int.TryParse(Convert.ToString(routeValue, System.Globalization.CultureInfo.InvariantCulture), out var code)
        && code is >= 400 and <= 599 && ReasonPhrases.GetReasonPhrase(code).Length > 0
            ? code : StatusCodes.Status404NotFound;
}
