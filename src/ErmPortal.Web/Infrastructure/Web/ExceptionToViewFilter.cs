using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Localization;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ErmPortal.Web.Infrastructure.Web;

/// <summary>
/// Turns the exceptions a use case may throw into what the person should see: rule violations go back to the
/// form next to their field with everything they typed, a stale edit shows a conflict, "not found" and
/// "forbidden" get their status pages. Nothing of this kind ends in a 500.
/// </summary>
public class ExceptionToViewFilter(IModelMetadataProvider metadataProvider, ValidationMessages messages) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        // A button posted without a form (withdraw a request) still speaks with its module's resources.
        var formType = context.HttpContext.Items[FormModelKey]?.GetType()
                       ?? (context.ActionDescriptor as ControllerActionDescriptor)?.ControllerTypeInfo.AsType();
        switch (context.Exception)
        {
            case ValidationException validation:
                foreach (var error in validation.Errors)
                    context.ModelState.AddModelError(error.PropertyName, messages.For(error, formType));
                RedisplayForm(context);
                break;
            case DomainRuleException rule:
                context.ModelState.AddModelError(rule.PropertyName, messages.For(rule.Message, rule.Arguments, formType));
                RedisplayForm(context);
                break;
            case ConcurrencyConflictException conflict:
                context.ModelState.AddModelError(string.Empty, messages.For(conflict.Message, [], formType));
                foreach (var (field, value) in conflict.CurrentValues)
                    context.ModelState.AddModelError(field, messages.For("Changed meanwhile to: {0}", [value ?? "—"], formType));
                TakeCurrentVersion(context, conflict);
                RedisplayForm(context);
                break;
            case NotFoundException:
                context.Result = new NotFoundResult();
                context.ExceptionHandled = true;
                break;
            case ForbiddenException:
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                context.ExceptionHandled = true;
                break;
        }
    }

    /// <summary>
    /// Renders the action's own view with the posted model (the form's command). Actions posted from a page that
    /// shows something else (a button on a review page) say [RedirectOnFailure]: the message goes back to that page.
    /// </summary>
    private void RedisplayForm(ExceptionContext context)
    {
        if (context.ActionDescriptor.EndpointMetadata.OfType<RedirectOnFailureAttribute>().Any())
        {
            var messages = context.ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage);
            var tempData = context.HttpContext.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
            tempData[FlashErrorKey] = string.Join(" ", messages);
            context.Result = new RedirectResult(FormPage(context.HttpContext.Request));
            context.ExceptionHandled = true;
            return;
        }
        context.Result = new ViewResult
        {
            ViewData = new ViewDataDictionary(metadataProvider, context.ModelState) { Model = context.HttpContext.Items[FormModelKey] },
        };
        context.ExceptionHandled = true;
    }

    /// <summary>The form goes back carrying the version the record has now, so saving again is a deliberate overwrite.</summary>
    private static void TakeCurrentVersion(ExceptionContext context, ConcurrencyConflictException conflict)
    {
        if (conflict.CurrentVersion is not { } version) return;
        var model = context.HttpContext.Items[FormModelKey];
        var property = model?.GetType().GetProperty("Version");
        if (property?.PropertyType != typeof(Guid) || !property.CanWrite) return;
        property.SetValue(model, version);
        context.ModelState.Remove("Version");
    }

    /// <summary>
    /// The page the form was on: the Referer when it is a page of this site (a button on a page posts to an address of
    /// its own, such as …/withdraw), else the GET at the address posted to. Another site's address is never followed.
    /// </summary>
    private static string FormPage(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
        && referer.Scheme == request.Scheme && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? referer.PathAndQuery
            : request.Path + request.QueryString;

    internal const string FormModelKey = "erm:form-model";
    public const string FlashErrorKey = "FlashError";
}

/// <summary>On a rule failure, return to the page the form was posted from (the Referer of this site, else the GET at the same address) with the message.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedirectOnFailureAttribute : Attribute;
