using ErmPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>Questions about the reporting tree. A manager's reach is their whole subtree.</summary>
public class ReportingLines(ErmDbContext db)
{
    // Deeper than any real organisation; stops a walk over corrupted data.
    private const int MaxDepth = 64;

    /// <summary>The employee's managers, nearest first.</summary>
    public async Task<List<int>> ManagerChainAsync(int employeeId, CancellationToken cancellationToken)
    {
        var chain = new List<int>();
        int? current = await ManagerOfAsync(employeeId, cancellationToken);
        while (current is { } id && chain.Count < MaxDepth && !chain.Contains(id))
        {
            chain.Add(id);
            current = await ManagerOfAsync(id, cancellationToken);
        }
        return chain;
    }

    public async Task<bool> IsInManagerChainAsync(int managerId, int employeeId, CancellationToken cancellationToken) =>
        (await ManagerChainAsync(employeeId, cancellationToken)).Contains(managerId);

    /// <summary>True when making <paramref name="newManagerId"/> the manager of <paramref name="employeeId"/> would close a loop.</summary>
    public async Task<bool> WouldCreateCycleAsync(int employeeId, int? newManagerId, CancellationToken cancellationToken)
    {
        if (newManagerId is not { } managerId) return false;
        if (managerId == employeeId) return true;
        return (await ManagerChainAsync(managerId, cancellationToken)).Contains(employeeId);
    }

    private Task<int?> ManagerOfAsync(int employeeId, CancellationToken cancellationToken) =>
        db.Employees.Where(e => e.Id == employeeId).Select(e => e.ManagerId).FirstOrDefaultAsync(cancellationToken);
}
