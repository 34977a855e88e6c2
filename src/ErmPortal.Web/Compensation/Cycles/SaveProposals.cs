using ErmPortal.Data;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// A manager saves the raises on a page of their pay review, and may submit the whole team's for HR's approval.
/// Each row carries the version it was shown with: a proposal someone else (another manager in the chain, or HR) saved
/// in between is not overwritten; the row comes back showing what it says now. Rows that break a rule (outside the
/// guideline without a reason) come back with the message and what was typed; the other rows are saved. Submitting
/// needs every person decided and the team's raises within its budget, or it is refused saying by how much.
/// </summary>
public static class SaveProposals
{
    public record Row
    {
        public int ProposalId { get; set; }
        public Guid Version { get; set; }
        public decimal? Percent { get; set; }
        public string? Justification { get; set; }
    }

    public record Command : ICommand<Result>
    {
        [FromRoute(Name = "cycleId")]
        public int CycleId { get; set; }
        public int? ManagerId { get; set; }
        public int Page { get; set; } = 1;
        public List<Row> Rows { get; set; } = [];
        /// <summary>Submit the whole team's proposals once the page is saved.</summary>
        public bool Submit { get; set; }
    }

    /// <param name="Problems">Per proposal, why it was not saved.</param>
    /// <param name="SubmitRefusal">Why the team's proposals were not submitted (an English message with its arguments).</param>
    public record Result(int Saved, IReadOnlyDictionary<int, Problem> Problems, Problem? SubmitRefusal, int Submitted)
    {
        public bool HasProblems => Problems.Count > 0 || SubmitRefusal is not null;
    }

    public record Problem(string Message, params object[] Arguments);

    public class Handler(ErmDbContext db, ProposalAccess access, ICurrentUser user, IClock clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken ct)
        {
            var managerId = request.ManagerId ?? user.EmployeeId ?? throw new NotFoundException();
            await access.RequireTeamAsync(managerId, ct);
            var cycle = await ProposalAccess.VisibleCycleAsync(db, request.CycleId, ct);
            if (cycle.Status != CompensationCycleStatus.Open) throw new DomainRuleException("", "This cycle is closed: its proposals no longer change.");

            var ids = request.Rows.Select(r => r.ProposalId).Distinct().ToList();
            var proposals = await db.Set<PayProposal>().Where(p => p.CycleId == cycle.Id && ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            if (proposals.Count != ids.Count) throw new NotFoundException();
            await access.RequireProposeAsync(proposals.Values.Select(p => p.EmployeeId).ToList(), ct);

            var problems = new Dictionary<int, Problem>();
            var saved = 0;
            foreach (var row in request.Rows)
            {
                var proposal = proposals[row.ProposalId];
                var justification = string.IsNullOrWhiteSpace(row.Justification) ? null : row.Justification.Trim();
                if (row.Percent is null ? proposal.RaiseBasisPoints is null : proposal.RaisePercent == row.Percent && proposal.Justification == justification) continue;
                if (proposal.Version != row.Version)
                {
                    problems[row.ProposalId] = new("Someone else changed this proposal meanwhile: it now says {0}. Check it and save again.",
                        proposal.RaisePercent is { } now ? now.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—");
                    continue;
                }
                if (row.Percent is null)
                {
                    problems[row.ProposalId] = new("Give a raise, 0% included.");
                    continue;
                }
                try
                {
                    proposal.Propose(row.Percent.Value, justification, MeritGuideline.RangeFor(cycle.Guideline, proposal.Rating, proposal.PositionInBand),
                        user.EmployeeId, clock.UtcNow);
                    db.Entry(proposal).Property(p => p.Version).OriginalValue = row.Version;
                    saved++;
                }
                catch (DomainRuleException rule)
                {
                    problems[row.ProposalId] = new(rule.Message, rule.Arguments);
                }
            }
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else saved proposals on this page while you were saving. Open it again to see their changes.");
            }

            if (!request.Submit || problems.Count > 0) return new Result(saved, problems, null, 0);
            var (refusal, submitted) = await SubmitAsync(cycle, managerId, ct);
            return new Result(saved, problems, refusal, submitted);
        }

        /// <summary>Everyone below the manager decided and the raises within the team's budget, or nothing is submitted.</summary>
        private async Task<(Problem? Refusal, int Submitted)> SubmitAsync(CompensationCycle cycle, int managerId, CancellationToken ct)
        {
            var team = await TeamBudget.BelowAsync(db, cycle.Id, managerId, ct);
            var totals = BudgetTotals.Of(team);
            if (totals.Decided < totals.People)
                return (new Problem("Not submitted: {0} people have no raise yet. Give each one a raise, 0% included.", totals.People - totals.Decided), 0);
            if (totals.IsOverBudget)
                return (new Problem("Not submitted: the raises come to {0}, {1} over the team's budget of {2}. Lower some raises first.",
                    Money(totals.ProposedMinor, cycle.Currency), Money(totals.ProposedMinor - totals.BudgetMinor, cycle.Currency), Money(totals.BudgetMinor, cycle.Currency)), 0);
            var drafts = team.Where(t => t.Status == ProposalStatus.Draft).Select(t => t.ProposalId).ToList();
            // One parameter for the ids: a head of a large department submits for tens of thousands, past SQLite's limit on parameters.
            var toSubmit = await db.Set<PayProposal>().Where(p => EF.Parameter(drafts).Contains(p.Id)).ToListAsync(ct);
            foreach (var proposal in toSubmit) proposal.Submit();
            await db.SaveChangesAsync(ct);
            return (null, toSubmit.Count);
        }

        /// <summary>Amounts in messages are formatted where the message is shown; here they travel as major units with the currency.</summary>
        private static Amount Money(long minor, string currency) => new(PayMath.Major(minor), currency);
    }

    /// <summary>An amount in a message's arguments, formatted in the reader's culture by the page.</summary>
    public record Amount(decimal Value, string Currency);

    /// <summary>A message's arguments as the reader sees them: amounts in their format.</summary>
    public static object[] Shown(object[] arguments, Preferences.ViewerFormat format) =>
        arguments.Select(a => a is Amount m ? format.Money(m.Value, m.Currency) : a).ToArray();
}
