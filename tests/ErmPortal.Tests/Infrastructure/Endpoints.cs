using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>
/// One controller action as the app routes it, read from its endpoint data source, never from a hand-kept list.
/// <see cref="Pattern"/> is the route template ("employees/{id:int}/edit"); <see cref="Roles"/> the roles an
/// [Authorize(Roles = …)] names, when it does.
/// </summary>
public record PortalEndpoint(string Method, string Url, string Action, bool AllowsAnonymous, string? Policy, string Pattern, string? Roles)
{
    public override string ToString() => $"{Method} {Url} ({Action})";

    public static IReadOnlyList<PortalEndpoint> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .SelectMany(e =>
            {
                var action = e.Metadata.GetMetadata<ControllerActionDescriptor>()!;
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                var policy = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
                var roles = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Roles).LastOrDefault(r => r is not null);
                return methods.Select(m => new PortalEndpoint(m, UrlOf(e.RoutePattern), $"{action.ControllerName}.{action.ActionName}",
                    e.Metadata.GetMetadata<IAllowAnonymous>() is not null, policy, e.RoutePattern.RawText?.TrimStart('/') ?? "", roles));
            })
            .OrderBy(e => e.Url).ThenBy(e => e.Method)
            .ToList();

    /// <summary>Fills route parameters with values that parse: 1 for numbers, a word otherwise.</summary>
    private static string UrlOf(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => parameter.ParameterPolicies.Any(p => p.Content == "int") ? "1" : "someone",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
}
