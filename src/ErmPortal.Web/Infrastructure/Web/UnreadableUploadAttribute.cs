using ErmPortal.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ErmPortal.Web.Infrastructure.Web;

/// <summary>
/// On an upload endpoint with its own size limits ([RequestSizeLimit], [RequestFormLimits]): a body the server will not
/// read in full (larger than the limit, or cut off) fails before the action runs, which the person saw as a bare 400
/// or 413. This reads the form first, after the limits are set and before antiforgery looks for its token (which a
/// browser sends after the file), and on failure sends the person back to the form page with the message. Nothing
/// was read, so nothing changes: answering without an antiforgery check is safe. An empty form page means the address
/// posted to, for a form that posts to its own page (one per record, such as an opening's application form).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnreadableUploadAttribute(string formPage, string message) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After the request limits (900), before the antiforgery check (1000).</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.HasFormContentType) return;
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            var controller = (context.ActionDescriptor as ControllerActionDescriptor)?.ControllerTypeInfo.AsType();
            var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
            tempData[ExceptionToViewFilter.FlashErrorKey] = http.RequestServices.GetRequiredService<ValidationMessages>().For(message, [], controller);
            // Saved here: a result set by an authorization filter skips the filter that saves TempData.
            tempData.Save();
            context.Result = new LocalRedirectResult(string.IsNullOrEmpty(formPage) ? http.Request.PathBase + http.Request.Path : formPage);
        }
    }
}
