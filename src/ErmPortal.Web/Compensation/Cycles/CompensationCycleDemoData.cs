using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// Two cycles for the demo: last spring's, closed, whose raises are the merit raises in everyone's salary history; and
/// the one running now, opened ten days ago and taking effect on 1 January. In the running cycle most managers have
/// proposed and submitted, one department is approved, and the demo manager's team is still to decide (two drafts
/// started, one outside the guideline with its reason), so the demo manager has their part to do and HR has
/// departments to approve.
/// </summary>
public class CompensationCycleDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    /// <summary>After pay (300) and the review cycles that give the ratings (600–690).</summary>
    public int Order => 700;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var today = clock.Today;
        var now = clock.UtcNow;
        var departments = await db.Departments.OrderBy(d => d.Id).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        if (departments.Count == 0 || !await db.Set<SalaryRecord>().AnyAsync(ct)) return;

        await LastSpringAsync(departments.Select(d => d.Id).ToList(), today, ct);

        var effective = new DateOnly(today.Year + 1, 1, 1);
        var running = new CompensationCycle
        {
            Name = $"Pay review {effective.Year}", Currency = Currency, EffectiveOn = effective, ProposalsDueOn = today.AddDays(21),
            HiredBefore = effective.AddMonths(-6), Guideline = MeritGuideline.Default(),
            Budgets = departments.Select(d => new DepartmentBudget { DepartmentId = d.Id, PercentBasisPoints = d.Name == "Engineering" ? 350 : 300 }).ToList(),
        };
        db.Add(running);
        await db.SaveChangesAsync(ct);
        var proposals = await CycleOpening.ProposalsAsync(db, running, today, now.AddDays(-10), ct);

        var manager = await db.Employees.Where(e => e.WorkEmail == "manager@" + Seeding.OrganisationSeeder.DemoDomain).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        var undecided = manager is { } m ? (await db.Below(m).Select(s => s.Id).ToListAsync(ct)).ToHashSet() : [];
        var random = new Random(700);
        var drafts = 0;
        foreach (var proposal in proposals)
        {
            var range = MeritGuideline.RangeFor(running.Guideline, proposal.Rating, proposal.PositionInBand);
            var percent = range is { } r ? Math.Round((r.Minimum + r.Maximum) / 2, 1) : 2.5m;
            if (undecided.Contains(proposal.EmployeeId))
            {
                // Two of the demo manager's people are started: one within the guideline, one above it with a reason.
                if (drafts == 0) proposal.Propose(percent, null, range, manager, now.AddDays(-2));
                if (drafts == 1) proposal.Propose((range?.Maximum ?? 3) + 2, "Took over the team lead's duties in the summer.", range, manager, now.AddDays(-1));
                drafts++;
                continue;
            }
            proposal.Propose(Math.Max(0, percent + random.Next(-2, 3) * 0.5m), null, null, null, now.AddDays(-random.Next(1, 9)));
            proposal.Submit();
        }
        // The first department with everyone submitted is approved by HR.
        var approved = proposals.GroupBy(p => p.DepartmentId).FirstOrDefault(g => g.All(p => p.Status == ProposalStatus.Submitted));
        if (approved is not null)
        {
            foreach (var proposal in approved) proposal.Approve();
            running.Budgets.Single(b => b.DepartmentId == approved.Key).Approve(null, now.AddDays(-1));
        }
        using var rows = new DemoRows(db);
        rows.AddRange(proposals);
        await db.SaveChangesAsync(ct);
    }

    private const string Currency = PayDemoData.Currency;

    /// <summary>Last spring's cycle, closed: a proposal for each merit raise of that 1 April, linked to the salary record it became.</summary>
    private async Task LastSpringAsync(List<int> departmentIds, DateOnly today, CancellationToken ct)
    {
        var april = new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1);
        var raises = await db.Set<SalaryRecord>().AsNoTracking().Where(s => s.EffectiveOn == april && s.Reason == SalaryChangeReason.Merit)
            .Select(s => new { Record = s, s.Employee.DepartmentId, s.Employee.Position.Level }).ToListAsync(ct);
        if (raises.Count == 0) return;
        var people = raises.Select(r => r.Record.EmployeeId).ToList();
        // The ids go as one parameter: a large organisation's raises would pass SQLite's limit on a statement's parameters.
        var before = (await db.Set<SalaryRecord>().AsNoTracking().Where(s => EF.Parameter(people).Contains(s.EmployeeId) && s.EffectiveOn < april).ToListAsync(ct))
            .ToLookup(s => s.EmployeeId);
        var bands = await db.Set<PayBand>().AsNoTracking().Where(b => b.Currency == Currency).ToDictionaryAsync(b => b.Level, ct);

        var opened = april.AddMonths(-2).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var cycle = new CompensationCycle
        {
            Name = $"Pay review {april.Year}", Currency = Currency, EffectiveOn = april, ProposalsDueOn = april.AddMonths(-1),
            HiredBefore = april.AddMonths(-6), Status = CompensationCycleStatus.Closed, OpenedAtUtc = opened, ClosedAtUtc = april.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            Guideline = MeritGuideline.Default(),
        };
        db.Add(cycle);
        var proposals = new List<(PayProposal Proposal, SalaryRecord Record)>();
        foreach (var raise in raises)
        {
            var previous = SalaryHistory.CurrentOn(before[raise.Record.EmployeeId], april.AddDays(-1));
            if (previous is null) continue;
            var band = bands.GetValueOrDefault(raise.Level);
            var proposal = new PayProposal
            {
                EmployeeId = raise.Record.EmployeeId, DepartmentId = raise.DepartmentId, Currency = previous.Currency, Frequency = previous.Frequency,
                CurrentAmountMinor = previous.AmountMinor, CurrentAnnualMinor = previous.AnnualMinor, Level = raise.Level,
                BandMinimumMinor = band?.MinimumMinor, BandMidpointMinor = band?.MidpointMinor, BandMaximumMinor = band?.MaximumMinor,
                BudgetMinor = PayMath.Budget(previous.AnnualMinor, 3),
            };
            proposal.Propose(SalaryHistory.ChangePercent(previous, raise.Record) ?? 0, null, null, null, opened.AddDays(20));
            proposal.Submit();
            proposal.Approve();
            proposal.ToSalaryRecord(april, previous, opened);
            proposals.Add((proposal, raise.Record));
        }
        cycle.Budgets = departmentIds.Select(id => new DepartmentBudget
        {
            DepartmentId = id, PercentBasisPoints = 300, Status = DepartmentReviewStatus.Approved, DecidedAtUtc = opened.AddDays(40),
            PayrollMinor = proposals.Where(p => p.Proposal.DepartmentId == id).Sum(p => p.Proposal.CurrentAnnualMinor),
            BudgetMinor = proposals.Where(p => p.Proposal.DepartmentId == id).Sum(p => p.Proposal.BudgetMinor),
        }).ToList();
        await db.SaveChangesAsync(ct);
        using var rows = new DemoRows(db);
        foreach (var (proposal, record) in proposals)
        {
            proposal.CycleId = cycle.Id;
            record.ProposalId = rows.Add(proposal).Id;
            rows.Update(record, nameof(SalaryRecord.ProposalId));
        }
    }
}
