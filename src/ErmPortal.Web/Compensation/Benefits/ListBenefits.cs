using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Benefits;

/// <summary>HR's benefits catalogue: each benefit, what it costs for one person, how many are enrolled today and what they cost a month.</summary>
public static class ListBenefits
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Model>;

    public record Row(int Id, string Name, BenefitCategory Category, long EmployerCostMinor, PayFrequency CostFrequency, long MonthlyCostMinor,
        string Currency, bool IsOffered, int EnrolledNow)
    {
        public long MonthlyTotalMinor => MonthlyCostMinor * EnrolledNow;
    }

    public record Model(IReadOnlyList<Row> Benefits)
    {
        /// <summary>The monthly cost of everyone enrolled today, one total per currency.</summary>
        public IReadOnlyList<(string Currency, long MonthlyMinor)> Totals => Benefits.GroupBy(b => b.Currency).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(b => b.MonthlyTotalMinor))).ToList();
    }

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var today = clock.Today;
            var rows = await db.Set<Benefit>().OrderByDescending(b => b.IsOffered).ThenBy(b => b.Name)
                .Select(b => new Row(b.Id, b.Name, b.Category, b.EmployerCostMinor, b.CostFrequency,
                    b.CostFrequency == PayFrequency.Annual ? b.EmployerCostMinor / 12 : b.EmployerCostMinor, b.Currency, b.IsOffered,
                    db.Set<BenefitEnrolment>().Count(e => e.BenefitId == b.Id && e.StartsOn <= today && (e.EndsOn == null || e.EndsOn >= today))))
                .ToListAsync(ct);
            return new Model(rows);
        }
    }
}
