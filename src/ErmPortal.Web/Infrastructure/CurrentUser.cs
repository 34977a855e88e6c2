using System.Security.Claims;

namespace ErmPortal.Web.Infrastructure;

/// <summary>Who is asking. A port so that handlers work (and are tested) outside HTTP.</summary>
public interface ICurrentUser
{
    ClaimsPrincipal Principal { get; }
    bool IsAuthenticated { get; }
    string? UserId { get; }
    /// <summary>The employee record of the signed-in person, if they have one.</summary>
    int? EmployeeId { get; }
    bool IsInRole(string role);
}

public class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string EmployeeIdClaim = "erm:employee_id";

    public ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());
    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public int? EmployeeId => int.TryParse(Principal.FindFirstValue(EmployeeIdClaim), out var id) ? id : null;
    public bool IsInRole(string role) => Principal.IsInRole(role);
}

public static class CurrentUserExtensions
{
    /// <summary>The name written into the audit log for what this person does; "system" for scheduled jobs.</summary>
    public static string ActorName(this ICurrentUser user) =>
        user.Principal.FindFirst(Identity.ErmClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? user.Principal.Identity?.Name ?? "system";
}
