using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Data.Accounts;

public class ApplicationUser : IdentityUser
{
    /// <summary>Set when an administrator disables the account; a disabled account cannot sign in.</summary>
    public DateTime? DisabledAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LastSignInAtUtc { get; set; }
}

public static class Roles
{
    public const string Employee = "Employee";
    public const string Manager = "Manager";
    public const string Hr = "HR";
    public const string Admin = "Admin";

    public static readonly string[] All = [Employee, Manager, Hr, Admin];
}
