using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// A manager's pay review: everyone below them in the cycle (their whole reporting subtree), a page at a time, each
/// with current pay, band, compa-ratio, last raise, last rating, the guideline's range, the proposal and what should
/// be known before deciding; above them the team's budget and what is left of it, and each sub-team's figures for the
/// skip-level view. The same number of queries whatever the size of the subtree.
/// </summary>
public static class GetTeamProposals
{
    public const int PageSize = 50;

    /// <summary>No manager: the viewer's own team.</summary>
    public record Query(int CycleId, int? ManagerId, int Page = 1) : IRequest<Model>
    {
        /// <summary>What the viewer typed when their save came back with problems, shown instead of what is stored.</summary>
        public IReadOnlyDictionary<int, SaveProposals.Row> Posted { get; init; } = new Dictionary<int, SaveProposals.Row>();
    }

    public record Model(int CycleId, string CycleName, string Currency, DateOnly EffectiveOn, DateOnly ProposalsDueOn, bool IsOpen,
        int ManagerId, string Manager, bool IsOwnTeam, BudgetTotals Totals, IReadOnlyList<SubTeam> SubTeams, Page<Row> Rows,
        long OffPageRaiseMinor, IReadOnlyList<SentBack> SentBack)
    {
        public bool CanSave => IsOpen && Rows.Items.Any(r => r.IsEditable);
        public bool CanSubmit => IsOpen && Totals.People > Totals.Submitted;
    }

    public record SubTeam(int ManagerId, string Manager, BudgetTotals Totals);

    public record SentBack(string Department, string Comment, DateTime AtUtc);

    public record Row(int ProposalId, int EmployeeId, string Name, string? Position, int Level, string Department, string? ReportsTo, int Depth,
        long CurrentAmountMinor, PayFrequency Frequency, long CurrentAnnualMinor, long? BandMinimumMinor, long? BandMaximumMinor,
        decimal? CompaRatio, decimal? PositionInBand, bool IsOutOfBand, int? Rating, DateOnly? LastRaiseOn, GuidelineRange? Guideline,
        string? Percent, string? Justification, long? ProposedAmountMinor, long RaiseAnnualMinor, ProposalStatus Status, Guid Version)
    {
        public List<PersonWarning> Warnings { get; } = [];
        public bool IsEditable => Status == ProposalStatus.Draft;
    }

    public class Handler(ErmDbContext db, ProposalAccess access, PersonContext context, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var managerId = request.ManagerId ?? user.EmployeeId ?? throw new Infrastructure.Mediator.NotFoundException();
            await access.RequireTeamAsync(managerId, ct);
            var cycle = await ProposalAccess.VisibleCycleAsync(db, request.CycleId, ct);
            var manager = await db.Employees.Where(e => e.Id == managerId).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName)
                .FirstOrDefaultAsync(ct) ?? throw new Infrastructure.Mediator.NotFoundException();

            var team = await TeamBudget.BelowAsync(db, cycle.Id, managerId, ct);
            var subTeams = TeamBudget.SubTeams(team);
            var names = await db.Employees.Where(e => subTeams.Keys.Contains(e.Id))
                .Select(e => new { e.Id, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName }).ToDictionaryAsync(e => e.Id, e => e.Name, ct);

            var pageCount = Math.Max(1, (team.Count + PageSize - 1) / PageSize);
            var page = Math.Clamp(request.Page, 1, pageCount);
            var rows = await PageAsync(cycle, managerId, page, ct);
            var onPage = rows.Select(r => r.ProposalId).ToHashSet();
            var offPage = team.Where(t => !onPage.Contains(t.ProposalId)).Sum(t => t.RaiseAnnualMinor);
            rows = rows.Select(r => request.Posted.TryGetValue(r.ProposalId, out var posted)
                ? r with { Percent = posted.Percent?.ToString(System.Globalization.CultureInfo.InvariantCulture), Justification = posted.Justification }
                : r).ToList();
            var warnings = await context.WarningsAsync(rows.Select(r => r.EmployeeId).ToList(), clock.Today, ct);
            foreach (var row in rows) row.Warnings.AddRange(warnings[row.EmployeeId]);

            var departments = team.Count == 0 ? [] : await (
                from b in db.Set<DepartmentBudget>()
                where b.CycleId == cycle.Id && b.Status == DepartmentReviewStatus.Open && b.HrComment != null && b.DecidedAtUtc != null
                      && db.Set<PayProposal>().Any(p => p.CycleId == cycle.Id && p.DepartmentId == b.DepartmentId && db.Below(managerId).Any(s => s.Id == p.EmployeeId))
                select new SentBack(b.Department.Name, b.HrComment!, b.DecidedAtUtc!.Value)).ToListAsync(ct);

            return new Model(cycle.Id, cycle.Name, cycle.Currency, cycle.EffectiveOn, cycle.ProposalsDueOn, cycle.Status == CompensationCycleStatus.Open,
                managerId, manager, managerId == user.EmployeeId, BudgetTotals.Of(team),
                subTeams.Select(s => new SubTeam(s.Key, names.GetValueOrDefault(s.Key, ""), s.Value)).OrderBy(s => s.Manager).ToList(),
                new Page<Row>(rows, page, PageSize, team.Count), offPage, departments);
        }

        /// <summary>Direct reports first, then each level further down, by name.</summary>
        private async Task<List<Row>> PageAsync(CompensationCycle cycle, int managerId, int page, CancellationToken ct)
        {
            var found = await (
                    from p in db.Set<PayProposal>()
                    join s in db.Below(managerId) on p.EmployeeId equals s.Id
                    where p.CycleId == cycle.Id
                    orderby s.Depth, p.Employee.LegalLastName, p.Employee.LegalFirstName, p.Id
                    select new
                    {
                        p, s.Depth, Name = (p.Employee.PreferredName ?? p.Employee.LegalFirstName) + " " + p.Employee.LegalLastName,
                        p.Employee.Position.Title, Department = p.Employee.Department.Name,
                        ReportsTo = p.Employee.Manager == null ? null : (p.Employee.Manager.PreferredName ?? p.Employee.Manager.LegalFirstName) + " " + p.Employee.Manager.LegalLastName,
                    })
                .Skip((page - 1) * PageSize).Take(PageSize).AsNoTracking().ToListAsync(ct);
            return found.Select(f => new Row(f.p.Id, f.p.EmployeeId, f.Name, f.Title, f.p.Level, f.Department, f.Depth > 1 ? f.ReportsTo : null, f.Depth,
                    f.p.CurrentAmountMinor, f.p.Frequency, f.p.CurrentAnnualMinor, f.p.BandMinimumMinor, f.p.BandMaximumMinor, f.p.CompaRatio, f.p.PositionInBand,
                    f.p.IsOutOfBand, f.p.Rating, f.p.LastRaiseOn, MeritGuideline.RangeFor(cycle.Guideline, f.p.Rating, f.p.PositionInBand),
                    f.p.RaisePercent?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), f.p.Justification, f.p.ProposedAmountMinor,
                    f.p.RaiseAnnualMinor, f.p.Status, f.p.Version))
                .ToList();
        }
    }
}
