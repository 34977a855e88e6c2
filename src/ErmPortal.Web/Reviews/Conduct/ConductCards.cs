using ErmPortal.Data;
using ErmPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// "Your review" on the person's home page: a self-assessment to write, or a shared review to read and acknowledge.
/// Nothing of the manager's part: only that it is shared. Nothing when neither.
/// </summary>
public class YourReviewCard(ErmDbContext db, ICurrentUser user) : ViewComponent
{
    public record Line(int Id, string Cycle, bool Shared);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (user.EmployeeId is not { } me) return Content(string.Empty);
        var lines = await ConductQueries.Running(db)
            .Where(r => r.EmployeeId == me
                        && (r.SharedAtUtc != null || (r.SelfSubmittedAtUtc == null && ConductQueries.AssessmentPhases.Contains(r.Cycle.Phase))))
            .OrderBy(r => r.Id).Select(r => new Line(r.Id, r.Cycle.Name, r.SharedAtUtc != null)).ToListAsync(HttpContext.RequestAborted);
        return lines.Count > 0 ? View("~/Reviews/Conduct/YourReviewCard.cshtml", lines) : Content(string.Empty);
    }
}

/// <summary>"Reviews to write" for reviewers: the assessments they may write now, and how many still wait for a self-assessment.</summary>
public class ReviewsToWriteCard(ErmDbContext db, ICurrentUser user) : ViewComponent
{
    public const int Shown = 5;

    public record Line(int Id, string Person);

    public record Model(IReadOnlyList<Line> ToWrite, int ToWriteCount, int Waiting);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (user.EmployeeId is not { } me) return Content(string.Empty);
        var ct = HttpContext.RequestAborted;
        var mine = ConductQueries.Running(db).Where(r => r.ReviewerId == me && r.ManagerSubmittedAtUtc == null
                                                         && ConductQueries.AssessmentPhases.Contains(r.Cycle.Phase));
        var open = mine.Where(r => r.SelfSubmittedAtUtc != null || r.ManagerOpenedAtUtc != null);
        var counts = await mine.GroupBy(_ => 1)
            .Select(g => new { Open = g.Count(r => r.SelfSubmittedAtUtc != null || r.ManagerOpenedAtUtc != null), All = g.Count() }).FirstOrDefaultAsync(ct);
        if (counts is null) return Content(string.Empty);
        var lines = counts.Open == 0 ? [] : await open.OrderBy(r => r.Employee.LegalLastName).ThenBy(r => r.Id).Take(Shown)
            .Select(r => new Line(r.Id, (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName)).ToListAsync(ct);
        return View("~/Reviews/Conduct/ReviewsToWriteCard.cshtml", new Model(lines, counts.Open, counts.All - counts.Open));
    }
}
