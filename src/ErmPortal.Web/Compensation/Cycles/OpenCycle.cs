using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Shared;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// HR opens a draft cycle. Everyone eligible gets a proposal holding what their managers decide by: the salary they
/// will have on the effective day, their band, their last review's rating, their last raise and their share of the
/// department's budget. Eligible: in a department with a budget, hired before the cut-off, not gone, paid in the
/// cycle's currency, and with a manager to propose for them (the top of the organisation has its pay set outside the
/// review, and HR records it as a salary change). Each department's payroll and budget are fixed now, so later pay
/// changes do not move them.
/// </summary>
public static class OpenCycle
{
    [RequireRole(Roles.Hr)]
    public record Command(int Id, Guid Version) : ICommand<int>;

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var cycle = await CycleStore.DraftAsync(db, request.Id, ct);
            if (cycle.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else changed this cycle after you opened it. Check what it says now before opening it.");
            db.Entry(cycle).Property(c => c.Version).OriginalValue = request.Version;
            var people = await CycleOpening.OpenAsync(db, cycle, clock.Today, clock.UtcNow, ct);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else changed this cycle while you were opening it. Open it again to see their changes.");
            }
            return people;
        }
    }
}

/// <summary>What opening a cycle writes, for HR's command and for the demo cycles alike.</summary>
public static class CycleOpening
{
    /// <summary>Adds a proposal for everyone eligible and fixes each department's payroll and budget; the caller saves.</summary>
    public static async Task<int> OpenAsync(ErmDbContext db, CompensationCycle cycle, DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var proposals = await ProposalsAsync(db, cycle, today, nowUtc, ct);
        db.AddRange(proposals);
        return proposals.Count;
    }

    /// <summary>
    /// Opens the cycle with each department's payroll and budget fixed, and returns a proposal for everyone eligible for
    /// the caller to write (the demo data writes tens of thousands without tracking them).
    /// </summary>
    public static async Task<List<PayProposal>> ProposalsAsync(ErmDbContext db, CompensationCycle cycle, DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var people = await EligibleAsync(db, cycle, today, ct);
        if (people.Count == 0)
            throw new DomainRuleException("", "Nobody is eligible: no one in these departments, hired before the cut-off, is paid in {0}.", cycle.Currency);

        var percentOf = cycle.Budgets.ToDictionary(b => b.DepartmentId, b => b.Percent);
        var proposals = people.Select(p =>
        {
            var annual = PayMath.Annualise(p.AmountMinor, p.Frequency);
            return new PayProposal
            {
                CycleId = cycle.Id, EmployeeId = p.Id, DepartmentId = p.DepartmentId, Currency = cycle.Currency, Frequency = p.Frequency,
                CurrentAmountMinor = p.AmountMinor, CurrentAnnualMinor = annual, Level = p.Level,
                BandMinimumMinor = p.BandMinimum, BandMidpointMinor = p.BandMidpoint, BandMaximumMinor = p.BandMaximum,
                Rating = p.Rating, LastRaiseOn = p.LastRaiseOn, BudgetMinor = PayMath.Budget(annual, percentOf[p.DepartmentId]),
            };
        }).ToList();
        foreach (var budget in cycle.Budgets)
        {
            budget.PayrollMinor = proposals.Where(p => p.DepartmentId == budget.DepartmentId).Sum(p => p.CurrentAnnualMinor);
            budget.BudgetMinor = proposals.Where(p => p.DepartmentId == budget.DepartmentId).Sum(p => p.BudgetMinor);
        }
        cycle.Open(nowUtc);
        return proposals;
    }

    private record Eligible(int Id, int DepartmentId, int Level, long AmountMinor, PayFrequency Frequency, long? BandMinimum, long? BandMidpoint,
        long? BandMaximum, int? Rating, DateOnly? LastRaiseOn);

    /// <summary>One query: each person's salary on the effective day, band, latest shared rating and last raise come as subqueries.</summary>
    private static async Task<List<Eligible>> EligibleAsync(ErmDbContext db, CompensationCycle cycle, DateOnly today, CancellationToken ct)
    {
        var departments = cycle.Budgets.Select(b => b.DepartmentId).ToList();
        var (day, currency, hiredBefore) = (cycle.EffectiveOn, cycle.Currency, cycle.HiredBefore);
        var salaries = db.Set<SalaryRecord>();
        var rows = await db.Employees
            .Where(e => departments.Contains(e.DepartmentId) && e.HireDate < hiredBefore && e.Status != EmployeeStatus.Left && e.ManagerId != null)
            .Select(e => new
            {
                e.Id, e.DepartmentId, e.Position.Level,
                Salary = salaries.Where(s => s.EmployeeId == e.Id && s.EffectiveOn <= day)
                    .OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.CreatedAtUtc).ThenByDescending(s => s.Id)
                    .Select(s => new { s.AmountMinor, s.Currency, s.Frequency }).FirstOrDefault(),
                Band = db.Set<PayBand>().Where(b => b.Level == e.Position.Level && b.Currency == currency)
                    .Select(b => new { b.MinimumMinor, b.MidpointMinor, b.MaximumMinor }).FirstOrDefault(),
                Rating = db.Set<Review>().Where(r => r.EmployeeId == e.Id && r.SharedAtUtc != null && r.FinalRating != null)
                    .OrderByDescending(r => r.SharedAtUtc).Select(r => r.FinalRating).FirstOrDefault(),
                LastRaiseOn = salaries.Where(s => s.EmployeeId == e.Id && s.EffectiveOn <= today
                                                  && s.Reason != SalaryChangeReason.Hire && s.Reason != SalaryChangeReason.Correction)
                    .Max(s => (DateOnly?)s.EffectiveOn),
            })
            .ToListAsync(ct);
        return rows.Where(r => r.Salary is not null && r.Salary.Currency == currency)
            .Select(r => new Eligible(r.Id, r.DepartmentId, r.Level, r.Salary!.AmountMinor, r.Salary.Frequency,
                r.Band?.MinimumMinor, r.Band?.MidpointMinor, r.Band?.MaximumMinor, r.Rating, r.LastRaiseOn))
            .ToList();
    }
}
