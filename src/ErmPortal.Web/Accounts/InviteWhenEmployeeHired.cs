using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Accounts;

/// <summary>
/// Every new employee gets an account with the Employee role and an invitation to choose a password.
/// The account and its role are added to the unit of work instead of going through UserManager.CreateAsync and
/// AddToRoleAsync, which save (and validate again) on every call: with a change tracker holding a whole import,
/// 10,000 hires took minutes that way. Identity's own user validators still run, so a sign-in name is refused
/// exactly as before; the rest is what CreateAsync would set.
/// </summary>
public class InviteWhenEmployeeHired(ErmDbContext db, UserManager<ApplicationUser> users, AccountEmails emails, IClock clock)
    : INotificationHandler<EmployeeHired>
{
    // Looked up once per request: an import hires thousands of people in one.
    private string? _employeeRoleId;

    public async Task Handle(EmployeeHired notification, CancellationToken cancellationToken)
    {
        var employee = notification.Employee;
        if (employee.UserId is not null) return;
        var email = employee.WorkEmail;
        var user = new ApplicationUser
        {
            UserName = email, NormalizedUserName = users.NormalizeName(email), Email = email, NormalizedEmail = users.NormalizeEmail(email),
            EmailConfirmed = true, LockoutEnabled = users.Options.Lockout.AllowedForNewUsers, CreatedAtUtc = clock.UtcNow,
            SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        var errors = new List<IdentityError>();
        foreach (var validator in users.UserValidators)
            errors.AddRange((await validator.ValidateAsync(users, user)).Errors);
        if (errors.Count > 0)
            throw new DomainRuleException(nameof(Employee.WorkEmail), string.Join(" ", errors.Select(e => e.Description)));

        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = await EmployeeRoleIdAsync(cancellationToken) });
        employee.UserId = user.Id;
        // Someone hired from outside (recruitment) has given us their own address and may have no work mailbox before
        // their first day: the invitation reaches them there. People added by HR or an import have none at hire.
        await emails.QueueInvitationAsync(user, employee.DisplayName, employee.PersonalEmail);
    }

    private async Task<string> EmployeeRoleIdAsync(CancellationToken cancellationToken)
    {
        var name = users.NormalizeName(Roles.Employee);
        return _employeeRoleId ??= await db.Roles.Where(r => r.NormalizedName == name).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken)
                                   ?? throw new InvalidOperationException($"The role {Roles.Employee} does not exist.");
    }
}
