using FluentValidation;
using ErmPortal.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ErmPortal.Web.Infrastructure.Web;

/// <summary>
/// Validates every bound action argument that has validators and puts the failures into ModelState, so the
/// action re-renders its form with the messages beside the fields. It also remembers the posted models, which
/// <see cref="ExceptionToViewFilter"/> re-renders when a handler finds a problem only it can see.
/// </summary>
public class FluentValidationFilter(IServiceProvider services, ValidationMessages messages) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null || argument.GetType().IsPrimitive || argument is string) continue;
            context.HttpContext.Items.TryAdd(ExceptionToViewFilter.FormModelKey, argument);
            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            foreach (var validator in services.GetServices(validatorType).Cast<IValidator>())
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                foreach (var error in result.Errors)
                    context.ModelState.AddModelError(error.PropertyName, messages.For(error, argument.GetType()));
            }
        }
        await next();
    }
}
