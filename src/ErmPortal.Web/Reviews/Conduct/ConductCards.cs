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

    public record Model(IReadOnlyList<Line> ToWrite, int Waiting);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (user.EmployeeId is not { } me) return Content(string.Empty);
        // A reviewer writes for their direct reports, a team: their running reviews are read whole, in one statement.
        var mine = await ConductQueries.Running(db)
            .Where(r => r.ReviewerId == me && r.ManagerSubmittedAtUtc == null && ConductQueries.AssessmentPhases.Contains(r.Cycle.Phase))
            .OrderBy(r => r.Employee.LegalLastName).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, Person = (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                Open = r.SelfSubmittedAtUtc != null || r.ManagerOpenedAtUtc != null,
            })
            .ToListAsync(HttpContext.RequestAborted);
        if (mine.Count == 0) return Content(string.Empty);
        var open = mine.Where(r => r.Open).ToList();
        return View("~/Reviews/Conduct/ReviewsToWriteCard.cshtml",
            new Model(open.Take(Shown).Select(r => new Line(r.Id, r.Person)).ToList(), mine.Count - open.Count));
    }
}
