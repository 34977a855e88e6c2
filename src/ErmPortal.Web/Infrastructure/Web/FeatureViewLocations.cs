using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace ErmPortal.Web.Infrastructure.Web;

/// <summary>
/// Finds a view beside its use case: the controller ErmPortal.Web.Organisation.EmployeesController renders
/// /Organisation/{view}.cshtml, and ErmPortal.Web.Recruitment.Careers.CareersController, in a module's own
/// sub-folder, /Recruitment/Careers/{view}.cshtml. Shared views live in /Shared.
/// </summary>
public class FeatureViewLocations : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
            context.Values[FeatureKey] = FolderOf(action.ControllerTypeInfo.Namespace);
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null)
            yield return $"/{feature}/{{0}}.cshtml";
        yield return "/Shared/{0}.cshtml";
    }

    /// <summary>The namespace below the application's root, as a path: "Recruitment/Careers".</summary>
    private static string? FolderOf(string? controllerNamespace)
    {
        var root = typeof(FeatureViewLocations).Assembly.GetName().Name + ".";
        return controllerNamespace is not null && controllerNamespace.StartsWith(root, StringComparison.Ordinal)
            ? controllerNamespace[root.Length..].Replace('.', '/')
            : controllerNamespace?.Split('.').Last();
    }
}
