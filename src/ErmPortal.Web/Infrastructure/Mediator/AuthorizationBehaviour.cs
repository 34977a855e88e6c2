using System.Reflection;
using MediatR;

namespace ErmPortal.Web.Infrastructure.Mediator;

/// <summary>Enforces <see cref="RequireRoleAttribute"/> on the request type before the handler runs.</summary>
public class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly RequireRoleAttribute[] Requirements =
        typeof(TRequest).GetCustomAttributes<RequireRoleAttribute>().ToArray();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        foreach (var requirement in Requirements)
        {
            if (!currentUser.IsAuthenticated)
                throw new ForbiddenException("Sign in first.");
            if (!requirement.Roles.Any(currentUser.IsInRole))
                throw new ForbiddenException($"This needs one of the roles: {string.Join(", ", requirement.Roles)}.");
        }
        return next();
    }
}
