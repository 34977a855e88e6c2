using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Web.Accounts;

/// <summary>Every new employee gets an account with the Employee role and an invitation to choose a password.</summary>
public class InviteWhenEmployeeHired(UserManager<ApplicationUser> users, AccountEmails emails, IClock clock)
    : INotificationHandler<EmployeeHired>
{
    public async Task Handle(EmployeeHired notification, CancellationToken cancellationToken)
    {
        var employee = notification.Employee;
        if (employee.UserId is not null) return;
        var user = new ApplicationUser
        {
            UserName = employee.WorkEmail, Email = employee.WorkEmail, EmailConfirmed = true, CreatedAtUtc = clock.UtcNow,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
            throw new DomainRuleException(nameof(Employee.WorkEmail), string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Employee);
        employee.UserId = user.Id;
        await emails.QueueInvitationAsync(user, employee.DisplayName);
    }
}
