using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Cases;

/// <summary>An HR person who may own a case.</summary>
public record CaseOwner(int Id, string Name);

/// <summary>What the case forms need: the HR people who may own a case, and the person a case would be about.</summary>
public class CaseForms(ErmDbContext db)
{
    /// <summary>Everyone with the HR role and an employee record still with us, by name.</summary>
    public async Task<IReadOnlyList<CaseOwner>> OwnersAsync(CancellationToken ct)
    {
        var hrUsers = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Hr)).Select(ur => ur.UserId);
        return await db.Employees.Where(e => e.UserId != null && hrUsers.Contains(e.UserId) && e.Status != EmployeeStatus.Left)
            .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName).ThenBy(e => e.Id)
            .Select(e => new CaseOwner(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName))
            .ToListAsync(ct);
    }

    /// <summary>The employee with this work email (the column compares without letter case), or null.</summary>
    public async Task<int?> EmployeeWithEmailAsync(string? email, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(email) ? null
            : await db.Employees.Where(e => e.WorkEmail == email.Trim()).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
}
