using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Data.Accounts;

public class ApplicationUser : IdentityUser
{
    /// <summary>Set when an administrator disables the account; a disabled account cannot sign in.</summary>
    public DateTime? DisabledAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LastSignInAtUtc { get; set; }
    /// <summary>The language the person last chose ("en", "it", "fa", "zh-Hans"); emails and notifications are written in it.</summary>
    public string? PreferredCulture { get; set; }
    /// <summary>An IANA time zone ("Europe/Rome"); times are shown in it. Empty means the portal's default zone.</summary>
    public string? TimeZoneId { get; set; }
}

public static class Roles
{
    public const string Employee = "Employee";
    public const string Manager = "Manager";
    public const string Hr = "HR";
    public const string Admin = "Admin";

    public static readonly string[] All = [Employee, Manager, Hr, Admin];
}
