using ErmPortal.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Web.Accounts;

/// <summary>What a new installation needs before anyone can sign in: the four roles and a first administrator.</summary>
public static class AccountSetup
{
    /// <summary>Creates any of the roles that is missing; safe to run at every start.</summary>
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }

    /// <summary>
    /// The `invite-admin` verb: an Admin account for the given email and the link to choose its password (also queued
    /// as an email). The way into a portal that has no administrator yet.
    /// </summary>
    public static async Task<string> InviteAdministratorAsync(IServiceProvider services, string email)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = email, Email = email, EmailConfirmed = true,
                CreatedAtUtc = services.GetRequiredService<Infrastructure.IClock>().UtcNow,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) return string.Join(" ", created.Errors.Select(e => e.Description));
        }
        if (!await users.IsInRoleAsync(user, Roles.Admin)) await users.AddToRoleAsync(user, Roles.Admin);

        var emails = services.GetRequiredService<AccountEmails>();
        await emails.QueueInvitationAsync(user, email);
        await services.GetRequiredService<Data.ErmDbContext>().SaveChangesAsync();
        return $"{email} is an administrator. Choose the password here (valid for 24 hours):\n{await emails.ResetLinkAsync(user)}";
    }
}
