using System.Text;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>
/// A cycle's proposals as a spreadsheet for HR: one row per person with their pay, band, rating, the guideline's range,
/// the raise, the new salary, the reason given and where the proposal stands. Cells a spreadsheet would run as a
/// formula (a justification starting with "=") are written as text.
/// </summary>
public static class ExportProposals
{
    [RequireRole(Roles.Hr)]
    public record Query(int CycleId) : IRequest<(string FileName, byte[] Content)>;

    public class Handler(ErmDbContext db) : IRequestHandler<Query, (string, byte[])>
    {
        public async Task<(string, byte[])> Handle(Query request, CancellationToken ct)
        {
            var cycle = await db.Set<CompensationCycle>().AsNoTracking().Include(c => c.Guideline).FirstOrDefaultAsync(c => c.Id == request.CycleId, ct)
                        ?? throw new NotFoundException();
            var rows = await db.Set<PayProposal>().AsNoTracking().Where(p => p.CycleId == cycle.Id)
                .OrderBy(p => p.Employee.Department.Name).ThenBy(p => p.Employee.LegalLastName).ThenBy(p => p.Id)
                .Select(p => new
                {
                    p, Name = (p.Employee.PreferredName ?? p.Employee.LegalFirstName) + " " + p.Employee.LegalLastName, p.Employee.WorkEmail,
                    Department = p.Employee.Department.Name,
                    Manager = p.Employee.Manager == null ? null : (p.Employee.Manager.PreferredName ?? p.Employee.Manager.LegalFirstName) + " " + p.Employee.Manager.LegalLastName,
                })
                .ToListAsync(ct);
            using var writer = new StringWriter();
            CsvText.Write(writer, rows.Select(r =>
            {
                var p = r.p;
                var range = MeritGuideline.RangeFor(cycle.Guideline, p.Rating, p.PositionInBand);
                return new
                {
                    Employee = r.Name, r.WorkEmail, r.Department, r.Manager, p.Level, p.Currency, Frequency = p.Frequency.ToString(),
                    CurrentSalary = PayMath.Major(p.CurrentAmountMinor), CurrentAnnual = PayMath.Major(p.CurrentAnnualMinor),
                    BandMinimum = Major(p.BandMinimumMinor), BandMidpoint = Major(p.BandMidpointMinor), BandMaximum = Major(p.BandMaximumMinor),
                    p.CompaRatio, p.Rating, LastRaise = p.LastRaiseOn, GuidelineFrom = range?.Minimum, GuidelineTo = range?.Maximum,
                    RaisePercent = p.RaisePercent, NewSalary = Major(p.ProposedAmountMinor), RaiseAnnual = PayMath.Major(p.RaiseAnnualMinor),
                    BudgetShare = PayMath.Major(p.BudgetMinor), p.Justification, Status = p.Status.ToString(),
                };
            }));
            var name = $"pay-proposals-{cycle.Id}.csv";
            return (name, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray());
        }

        private static decimal? Major(long? minor) => minor is { } m ? PayMath.Major(m) : null;
    }
}
