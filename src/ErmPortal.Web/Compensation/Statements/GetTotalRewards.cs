using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Statements;

/// <summary>
/// A person's total rewards statement for a calendar year: the base pay actually paid (each salary for the part of the
/// year it was in force), bonuses, allowances, what their benefits cost the employer, the training the organisation paid
/// for and recognition with a value, each currency on its own, beside the year before. For whoever may see their pay.
/// </summary>
public static class GetTotalRewards
{
    /// <summary>No employee: the viewer's own. No year: the latest with pay.</summary>
    public record Query(int? EmployeeId, int? Year) : IRequest<Model>;

    public record Model(int EmployeeId, string Person, string? Position, string? Department, bool IsOwn, int Year, IReadOnlyList<int> Years,
        YearRewards This, YearRewards Previous, DateOnly LastDay, bool IsYearToDate, bool RecognitionRecorded, DateOnly Today)
    {
        public string PayPage => IsOwn ? "~/me/pay" : $"~/compensation/people/{EmployeeId}";
        public string LedgerPage => IsOwn ? "~/me/pay/ledger" : $"~/compensation/people/{EmployeeId}/ledger";
        public string StatementPage => IsOwn ? "~/me/pay/total-rewards" : $"~/compensation/people/{EmployeeId}/total-rewards";
    }

    public class Handler(ErmDbContext db, PayAccess access, ICurrentUser user, IClock clock, LedgerFigures ledger) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var employeeId = request.EmployeeId ?? user.EmployeeId ?? throw new NotFoundException();
            await access.RequireAsync(employeeId, PayOperations.View, ct);
            var today = clock.Today;
            var person = await db.Employees.Where(e => e.Id == employeeId)
                .Select(e => new { Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title, Department = e.Department.Name, e.LastDay })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            // Nothing is paid after the last day of someone who has left.
            var lastDay = person.LastDay is { } left && left < today ? left : today;

            var records = await ReadAsync(employeeId, lastDay, ct);
            var years = RewardsArithmetic.YearsWithPay(records, lastDay);
            var year = request.Year is { } asked && years.Contains(asked) ? asked : years.Count > 0 ? years[0] : today.Year;
            return new Model(employeeId, person.Name, person.Title, person.Department, employeeId == user.EmployeeId, year, years,
                RewardsArithmetic.Year(records, year, lastDay), RewardsArithmetic.Year(records, year - 1, lastDay), lastDay,
                IsYearToDate: year == lastDay.Year && lastDay < new DateOnly(year, 12, 31),
                RecognitionRecorded: ledger.Columns().Any(c => c.Kind.IsReward), today);
        }

        private async Task<RewardsRecords> ReadAsync(int employeeId, DateOnly lastDay, CancellationToken ct)
        {
            var salaries = await db.Set<SalaryRecord>().Where(s => s.EmployeeId == employeeId && s.EffectiveOn <= lastDay)
                .Select(s => new SalarySpell(s.EffectiveOn, s.AmountMinor, s.Currency, s.Frequency, s.CreatedAtUtc, s.Id)).ToListAsync(ct);
            var bonuses = await db.Set<Bonus>().Where(b => b.EmployeeId == employeeId && b.PaidOn <= lastDay)
                .Select(b => new Payment(b.PaidOn, b.AmountMinor, b.Currency)).ToListAsync(ct);
            var allowances = await db.Set<Allowance>().Where(a => a.EmployeeId == employeeId)
                .Select(a => new MonthlySpell(a.StartsOn, a.EndsOn, a.MonthlyAmountMinor, a.Currency)).ToListAsync(ct);
            var benefits = await db.Set<BenefitEnrolment>().Where(e => e.EmployeeId == employeeId)
                .Select(e => new MonthlySpell(e.StartsOn, e.EndsOn,
                    e.Benefit.CostFrequency == PayFrequency.Annual ? e.Benefit.EmployerCostMinor / 12 : e.Benefit.EmployerCostMinor, e.Benefit.Currency))
                .ToListAsync(ct);
            // Training counts as the learning pages count it: passed, and confirmed by HR.
            var trainings = (await db.Set<TrainingRecord>().Where(r => r.EmployeeId == employeeId && r.Passed && r.ConfirmedAtUtc != null && r.CompletedOn <= lastDay)
                    .Select(r => new { r.CompletedOn, r.Hours, r.Cost, r.Currency }).ToListAsync(ct))
                .Select(r => new CompletedTraining(r.CompletedOn, r.Hours, PayMath.Minor(r.Cost), r.Currency)).ToList();
            return new RewardsRecords(salaries, bonuses, allowances, benefits, trainings, await RecognitionAsync(employeeId, lastDay, ct));
        }

        /// <summary>Recognition with a value, from whichever module records it: the ledger's reward kinds, received by the person.</summary>
        private async Task<IReadOnlyList<Payment>> RecognitionAsync(int employeeId, DateOnly lastDay, CancellationToken ct)
        {
            var members = db.Employees.Where(e => e.Id == employeeId).Select(e => new LedgerMember { EmployeeId = e.Id, GroupId = e.Id });
            var lines = await ledger.RewardsAsync(new LedgerScope(members, lastDay.Year - 10, lastDay.Year, lastDay, null, employeeId == user.EmployeeId, false), ct);
            // A ledger line is a year's sum: it is dated on the year's first day, which the year it belongs to always contains.
            return lines.Select(l => new Payment(new DateOnly(l.Year, 1, 1), (long)l.Value, l.Currency!)).ToList();
        }
    }
}
