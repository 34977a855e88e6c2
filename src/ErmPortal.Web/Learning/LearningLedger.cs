using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Compensation.Statements;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning;

/// <summary>
/// Learning in the value ledger: the training a person completed, its hours and the skills its courses teach (what
/// they gave: time and new skills), and what the organisation paid for it (what they received). Training counts as the
/// learning pages count it: passed, and confirmed by HR.
/// </summary>
public class LearningLedger(ErmDbContext db) : ILedgerSource
{
    private static readonly LedgerKind Trainings = new("Trainings completed", LedgerSide.Given, LedgerFigure.Count, "bi-mortarboard", 30);
    private static readonly LedgerKind Hours = new("Hours of training", LedgerSide.Given, LedgerFigure.Hours, "bi-hourglass-split", 40);
    private static readonly LedgerKind Skills = new("Skills gained", LedgerSide.Given, LedgerFigure.Count, "bi-lightning", 50);
    private static readonly LedgerKind Investment = new("Training paid for", LedgerSide.Received, LedgerFigure.Money, "bi-piggy-bank", 50);

    public IReadOnlyList<LedgerKind> Kinds => [Trainings, Hours, Skills, Investment];

    public async Task<IReadOnlyList<LedgerLine>> LinesAsync(LedgerScope scope, CancellationToken ct)
    {
        var counted = db.Set<TrainingRecord>().Where(r => r.Passed && r.ConfirmedAtUtc != null && r.CompletedOn >= scope.From && r.CompletedOn <= scope.To)
            .Join(scope.Members, r => r.EmployeeId, m => m.EmployeeId, (r, m) => new { m.GroupId, r.CompletedOn.Year, r.Hours, r.Cost, r.Currency, r.CourseId });
        var years = await counted.GroupBy(r => new { r.GroupId, r.Year, r.Currency })
            .Select(g => new { g.Key.GroupId, g.Key.Year, g.Key.Currency, Count = g.Count(), Hours = g.Sum(r => r.Hours), Cost = g.Sum(r => r.Cost) })
            .ToListAsync(ct);
        var skills = await counted.Join(db.Set<CourseSkill>(), r => r.CourseId, s => s.CourseId, (r, s) => new { r.GroupId, r.Year, s.Name })
            .GroupBy(s => new { s.GroupId, s.Year })
            .Select(g => new { g.Key.GroupId, g.Key.Year, Count = g.Select(s => s.Name).Distinct().Count() })
            .ToListAsync(ct);

        var link = scope.PersonId is { } person ? (scope.IsOwn ? "/me/learning/records" : $"/employees/{person}/training") : null;
        return
        [
            .. years.Select(y => new LedgerLine(y.GroupId, y.Year, Trainings.Name, y.Count, y.Count, Link: link)),
            .. years.Select(y => new LedgerLine(y.GroupId, y.Year, Hours.Name, y.Hours, y.Count, Link: link)),
            .. skills.Select(s => new LedgerLine(s.GroupId, s.Year, Skills.Name, s.Count, s.Count, Link: link)),
            .. years.Where(y => y.Cost != 0).Select(y => new LedgerLine(y.GroupId, y.Year, Investment.Name, Math.Round(y.Cost * 100m), y.Count, y.Currency, link)),
        ];
    }
}
