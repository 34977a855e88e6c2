using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure.Mediator;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Records;

/// <summary>Ending an allowance or a benefit enrolment: the row stays with its last day, so what was paid remains on record.</summary>
public static class PayPeriods
{
    public static async Task EndAsync<T>(ErmDbContext db, PayAccess access, int employeeId, int id, DateOnly endsOn, CancellationToken ct)
        where T : Entity, IPayPeriod
    {
        await access.RequireAsync(employeeId, PayOperations.Manage, ct);
        var period = await db.Set<T>().FirstOrDefaultAsync(p => p.Id == id && p.EmployeeId == employeeId, ct) ?? throw new NotFoundException();
        if (endsOn < period.StartsOn) throw new DomainRuleException(nameof(IPayPeriod.EndsOn), "The end cannot be before the start.");
        period.EndsOn = endsOn;
        await db.SaveChangesAsync(ct);
    }
}
