using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Pay;

/// <summary>
/// A person's pay: the salary in force today and any change waiting for its day, where it sits in the band of their
/// level, the whole salary history (with a chart), bonuses, allowances and the benefits they are enrolled in. The
/// person sees their band as the organisation chooses; their managers and HR see all of it.
/// </summary>
public static class GetPay
{
    /// <summary>No employee: the viewer's own pay.</summary>
    public record Query(int? EmployeeId) : IRequest<Model>;

    public record Model(int EmployeeId, string Person, string? Position, int Level, string? Department, bool IsOwn, bool CanManage,
        Salary? Current, IReadOnlyList<Salary> Upcoming, IReadOnlyList<Salary> History, BandPlace? Band, BandDisplay BandDisplay,
        IReadOnlyList<BonusRow> Bonuses, IReadOnlyList<AllowanceRow> Allowances, IReadOnlyList<BenefitRow> Benefits)
    {
        public bool HasAnything => History.Count + Upcoming.Count + Bonuses.Count + Allowances.Count + Benefits.Count > 0;
    }

    public record Salary(int Id, DateOnly EffectiveOn, long AmountMinor, string Currency, PayFrequency Frequency, SalaryChangeReason Reason,
        string? Note, decimal? ChangePercent, bool HasLetter)
    {
        public long AnnualMinor => PayMath.Annualise(AmountMinor, Frequency);
    }

    /// <summary>The salary against the band of the person's level in the salary's currency.</summary>
    public record BandPlace(long MinimumMinor, long MidpointMinor, long MaximumMinor, string Currency, decimal CompaRatio, decimal Position, bool IsOutOfBand)
    {
        public string Zone => Position < 0 ? "Below the band" : Position > 100 ? "Above the band" : Position < 50 ? "In the lower half of the band" : "In the upper half of the band";
    }

    public record BonusRow(DateOnly PaidOn, BonusKind Kind, long AmountMinor, string Currency, string? Note);

    public record AllowanceRow(int Id, AllowanceKind Kind, long MonthlyAmountMinor, string Currency, DateOnly StartsOn, DateOnly? EndsOn, string? Note, bool IsRunning);

    public record BenefitRow(int Id, string Name, BenefitCategory Category, long EmployerMonthlyCostMinor, string Currency, DateOnly StartsOn, DateOnly? EndsOn, bool IsRunning);

    public class Handler(ErmDbContext db, PayAccess access, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var employeeId = request.EmployeeId ?? user.EmployeeId ?? throw new Infrastructure.Mediator.NotFoundException();
            await access.RequireAsync(employeeId, PayOperations.View, ct);
            var today = clock.Today;
            var person = await db.Employees.Where(e => e.Id == employeeId)
                .Select(e => new { Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title, e.Position.Level, Department = e.Department.Name })
                .FirstOrDefaultAsync(ct) ?? throw new Infrastructure.Mediator.NotFoundException();
            var isOwn = employeeId == user.EmployeeId;

            var records = await db.Set<SalaryRecord>().AsNoTracking().Where(s => s.EmployeeId == employeeId).ToListAsync(ct);
            var ordered = SalaryHistory.InOrder(records);
            var salaries = ordered.Select((r, i) => ToSalary(r, i == 0 ? null : ordered[i - 1], today)).ToList();
            var current = SalaryHistory.CurrentOn(records, today);
            var currentSalary = current is null ? null : salaries.First(s => s.Id == current.Id);

            BandPlace? band = null;
            if (current is not null)
            {
                var found = await db.Set<PayBand>().AsNoTracking().FirstOrDefaultAsync(b => b.Level == person.Level && b.Currency == current.Currency, ct);
                if (found is not null)
                    band = new BandPlace(found.MinimumMinor, found.MidpointMinor, found.MaximumMinor, found.Currency,
                        found.CompaRatio(current.AnnualMinor), found.PositionInBand(current.AnnualMinor), found.IsOutOfBand(current.AnnualMinor));
            }
            // Those who decide pay see the whole band; the person sees what the organisation has chosen to show.
            var display = isOwn ? (await db.Set<PayPolicy>().AsNoTracking().Select(p => (BandDisplay?)p.BandDisplay).FirstOrDefaultAsync(ct) ?? BandDisplay.Zone)
                : BandDisplay.FullRange;

            var bonuses = await db.Set<Bonus>().Where(b => b.EmployeeId == employeeId).OrderByDescending(b => b.PaidOn).ThenByDescending(b => b.Id)
                .Select(b => new BonusRow(b.PaidOn, b.Kind, b.AmountMinor, b.Currency, b.Note)).ToListAsync(ct);
            var allowances = await db.Set<Allowance>().Where(a => a.EmployeeId == employeeId).OrderByDescending(a => a.StartsOn).ThenByDescending(a => a.Id)
                .Select(a => new AllowanceRow(a.Id, a.Kind, a.MonthlyAmountMinor, a.Currency, a.StartsOn, a.EndsOn, a.Note,
                    a.StartsOn <= today && (a.EndsOn == null || a.EndsOn >= today))).ToListAsync(ct);
            var benefits = await db.Set<BenefitEnrolment>().Where(b => b.EmployeeId == employeeId).OrderByDescending(b => b.StartsOn).ThenByDescending(b => b.Id)
                .Select(b => new BenefitRow(b.Id, b.Benefit.Name, b.Benefit.Category,
                    b.Benefit.CostFrequency == PayFrequency.Annual ? b.Benefit.EmployerCostMinor / 12 : b.Benefit.EmployerCostMinor, b.Benefit.Currency,
                    b.StartsOn, b.EndsOn, b.StartsOn <= today && (b.EndsOn == null || b.EndsOn >= today))).ToListAsync(ct);

            return new Model(employeeId, person.Name, person.Title, person.Level, person.Department, isOwn, await access.CanAsync(employeeId, PayOperations.Manage, ct),
                currentSalary, salaries.Where(s => s.EffectiveOn > today).ToList(), salaries.Where(s => s.EffectiveOn <= today).Reverse().ToList(),
                band, display, bonuses, allowances, benefits);
        }

        private static Salary ToSalary(SalaryRecord record, SalaryRecord? previous, DateOnly today) =>
            new(record.Id, record.EffectiveOn, record.AmountMinor, record.Currency, record.Frequency, record.Reason, record.Note,
                SalaryHistory.ChangePercent(previous, record), PayChangeLetter.IsLettered(record, today));
    }
}
