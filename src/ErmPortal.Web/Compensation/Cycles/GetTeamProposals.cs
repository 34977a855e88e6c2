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
/// skip-level view. The same number of queries whatever the size of the subtree. What comes from the subtree (who is in
/// it in page order, the budget, the sub-teams, what HR sent back), each page's rows and the cycle are kept
/// (<see cref="KeptResults"/>) until a proposal, budget, person or the cycle changes: walking a subtree of a thousand
/// people costs more than the rest of the page, and a manager comes back to it after every save. Only the warnings are
/// read at every view: they come from every module and depend on who is looking.
/// </summary>
public static class GetTeamProposals
{
    public const int PageSize = PagingExtensions.DefaultPageSize;

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
        public IReadOnlyList<PersonWarning> Warnings { get; init; } = [];
        public bool IsEditable => Status == ProposalStatus.Draft;
    }

    /// <summary>What the page reads from the whole subtree: the proposals in page order, the budget, each sub-team's figures and what HR sent back.</summary>
    private sealed record Team(string Manager, IReadOnlyList<TeamProposal> Proposals, BudgetTotals Totals, IReadOnlyList<SubTeam> SubTeams,
        IReadOnlyList<SentBack> SentBack);

    /// <summary>The tables the cycle and its guideline are read from.</summary>
    private static readonly string[] CycleSources = ["CompensationCycles", "CompensationGuidelineCells"];

    /// <summary>The tables the team is read from: the proposals and budgets, and the people (reporting lines, names) and departments.</summary>
    private static readonly string[] TeamSources = ["PayProposals", "CompensationBudgets", "Employees", "Departments"];

    /// <summary>The tables a page's rows are read from.</summary>
    private static readonly string[] RowSources = ["PayProposals", "Employees", "Positions", "Departments"];

    public class Handler(ErmDbContext db, ProposalAccess access, PersonContext context, ICurrentUser user, IClock clock, KeptResults kept)
        : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var managerId = request.ManagerId ?? user.EmployeeId ?? throw new Infrastructure.Mediator.NotFoundException();
            await access.RequireTeamAsync(managerId, ct);
            var cycle = await kept.GetAsync((nameof(CompensationCycle), request.CycleId), CycleSources, c => ProposalAccess.VisibleCycleAsync(db, request.CycleId, c), ct);
            var team = await kept.GetAsync((nameof(GetTeamProposals), cycle.Id, managerId), TeamSources, c => TeamAsync(cycle.Id, managerId, c), ct);

            var pageCount = Math.Max(1, (team.Proposals.Count + PageSize - 1) / PageSize);
            var page = Math.Clamp(request.Page, 1, pageCount);
            var shown = team.Proposals.Skip((page - 1) * PageSize).Take(PageSize).ToList();
            var stored = await kept.GetAsync((nameof(GetTeamProposals), cycle.Id, managerId, page), RowSources, c => RowsAsync(cycle, shown, c), ct);
            var warnings = await context.WarningsAsync(stored.Select(r => r.EmployeeId).ToList(), clock.Today, ct);
            var rows = stored.Select(r => request.Posted.TryGetValue(r.ProposalId, out var posted)
                    ? r with { Percent = posted.Percent?.ToString(System.Globalization.CultureInfo.InvariantCulture), Justification = posted.Justification }
                    : r)
                .Select(r => r with { Warnings = warnings[r.EmployeeId].ToList() })
                .ToList();

            return new Model(cycle.Id, cycle.Name, cycle.Currency, cycle.EffectiveOn, cycle.ProposalsDueOn, cycle.Status == CompensationCycleStatus.Open,
                managerId, team.Manager, managerId == user.EmployeeId, team.Totals, team.SubTeams,
                new Page<Row>(rows, page, PageSize, team.Proposals.Count), team.Totals.ProposedMinor - shown.Sum(t => t.RaiseAnnualMinor), team.SentBack);
        }

        private async Task<Team> TeamAsync(int cycleId, int managerId, CancellationToken ct)
        {
            var proposals = await TeamBudget.BelowAsync(db, cycleId, managerId, ct);
            var subTeams = TeamBudget.SubTeams(proposals);
            var names = await db.Employees.Where(e => e.Id == managerId || subTeams.Keys.Contains(e.Id))
                .Select(e => new { e.Id, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName }).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
            var manager = names.GetValueOrDefault(managerId) ?? throw new Infrastructure.Mediator.NotFoundException();

            var sentBack = proposals.Count == 0 ? [] : await (
                from b in db.Set<DepartmentBudget>()
                where b.CycleId == cycleId && b.Status == DepartmentReviewStatus.Open && b.HrComment != null && b.DecidedAtUtc != null
                      && db.Set<PayProposal>().Any(p => p.CycleId == cycleId && p.DepartmentId == b.DepartmentId && db.Below(managerId).Any(s => s.Id == p.EmployeeId))
                select new SentBack(b.Department.Name, b.HrComment!, b.DecidedAtUtc!.Value)).ToListAsync(ct);

            return new Team(manager, proposals, BudgetTotals.Of(proposals),
                subTeams.Select(s => new SubTeam(s.Key, names.GetValueOrDefault(s.Key, ""), s.Value)).OrderBy(s => s.Manager).ToList(), sentBack);
        }

        /// <summary>The rows of the proposals shown, in the team's order: one read by id, whatever the size of the subtree.</summary>
        private async Task<IReadOnlyList<Row>> RowsAsync(CompensationCycle cycle, IReadOnlyList<TeamProposal> shown, CancellationToken ct)
        {
            var ids = shown.Select(t => t.ProposalId).ToList();
            var found = await db.Set<PayProposal>().AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id))
                .Select(p => new
                {
                    p, Name = (p.Employee.PreferredName ?? p.Employee.LegalFirstName) + " " + p.Employee.LegalLastName,
                    p.Employee.Position.Title, Department = p.Employee.Department.Name,
                    ReportsTo = p.Employee.Manager == null ? null : (p.Employee.Manager.PreferredName ?? p.Employee.Manager.LegalFirstName) + " " + p.Employee.Manager.LegalLastName,
                })
                .ToDictionaryAsync(f => f.p.Id, ct);
            return shown.Where(t => found.ContainsKey(t.ProposalId)).Select(t => (f: found[t.ProposalId], t.Depth))
                .Select(x => new Row(x.f.p.Id, x.f.p.EmployeeId, x.f.Name, x.f.Title, x.f.p.Level, x.f.Department, x.Depth > 1 ? x.f.ReportsTo : null, x.Depth,
                    x.f.p.CurrentAmountMinor, x.f.p.Frequency, x.f.p.CurrentAnnualMinor, x.f.p.BandMinimumMinor, x.f.p.BandMaximumMinor, x.f.p.CompaRatio,
                    x.f.p.PositionInBand, x.f.p.IsOutOfBand, x.f.p.Rating, x.f.p.LastRaiseOn, MeritGuideline.RangeFor(cycle.Guideline, x.f.p.Rating, x.f.p.PositionInBand),
                    x.f.p.RaisePercent?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), x.f.p.Justification, x.f.p.ProposedAmountMinor,
                    x.f.p.RaiseAnnualMinor, x.f.p.Status, x.f.p.Version))
                .ToList();
        }
    }
}
