using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace ErmPortal.Web.Infrastructure.Web;

/// <summary>
/// Finds a view beside its use case: the controller ErmPortal.Web.Organisation.EmployeesController renders
/// /Organisation/{view}.cshtml. Shared views live in /Shared.
/// </summary>
public class FeatureViewLocations : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
            context.Values[FeatureKey] = action.ControllerTypeInfo.Namespace?.Split('.').Last();
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null)
            yield return $"/{feature}/{{0}}.cshtml";
        yield return "/Shared/{0}.cshtml";
    }
}
