using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Pay;

/// <summary>
/// The letter that tells a person their salary has changed: from what, to what, from when and why, signed by their
/// manager. A printable page, open to whoever may see the person's pay, once the change has taken effect.
/// </summary>
public static class PayChangeLetter
{
    /// <summary>Changes a letter is written for: a hire has its offer letter, and a correction mends a mistake.</summary>
    public static readonly SalaryChangeReason[] Lettered = [SalaryChangeReason.Merit, SalaryChangeReason.Promotion, SalaryChangeReason.MarketAdjustment];

    public static bool IsLettered(SalaryRecord record, DateOnly today) => Lettered.Contains(record.Reason) && record.EffectiveOn <= today;

    public record Query(int EmployeeId, int RecordId) : IRequest<Letter>;

    public record Letter(int EmployeeId, bool IsOwn, string Person, string? Position, string? Department, string? Manager, DateOnly Date,
        DateOnly EffectiveOn, SalaryChangeReason Reason, long AmountMinor, string Currency, PayFrequency Frequency,
        long? PreviousAmountMinor, string? PreviousCurrency, PayFrequency? PreviousFrequency, decimal? ChangePercent);

    public class Handler(ErmDbContext db, PayAccess access, ICurrentUser user, IClock clock) : IRequestHandler<Query, Letter>
    {
        public async Task<Letter> Handle(Query request, CancellationToken ct)
        {
            await access.RequireAsync(request.EmployeeId, PayOperations.View, ct);
            var today = clock.Today;
            var records = await db.Set<SalaryRecord>().AsNoTracking().Where(s => s.EmployeeId == request.EmployeeId && s.EffectiveOn <= today).ToListAsync(ct);
            var record = records.FirstOrDefault(r => r.Id == request.RecordId);
            if (record is null || !IsLettered(record, today)) throw new NotFoundException();
            var previous = SalaryHistory.Before(records, record);
            var person = await db.Employees.Where(e => e.Id == request.EmployeeId)
                .Select(e => new
                {
                    Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title, Department = e.Department.Name,
                    Manager = e.Manager == null ? null : (e.Manager.PreferredName ?? e.Manager.LegalFirstName) + " " + e.Manager.LegalLastName,
                })
                .FirstAsync(ct);
            return new Letter(request.EmployeeId, request.EmployeeId == user.EmployeeId, person.Name, person.Title, person.Department, person.Manager,
                record.AppliedOn ?? record.EffectiveOn, record.EffectiveOn, record.Reason, record.AmountMinor, record.Currency, record.Frequency,
                previous?.AmountMinor, previous?.Currency, previous?.Frequency, SalaryHistory.ChangePercent(previous, record));
        }
    }
}
