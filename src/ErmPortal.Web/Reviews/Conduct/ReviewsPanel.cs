using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// "Reviews" on the profile: the final ratings of the person's past reviews, for the person, their managers and HR. The
/// person's own only once shared, as everywhere else; potential is never here.
/// </summary>
public class ReviewsPanel(ErmDbContext db) : ViewComponent
{
    private const int Shown = 5;

    public record Line(int Id, string Cycle, DateOnly PeriodEnd, int? Rating, string? Label);

    public async Task<IViewComponentResult> InvokeAsync(ProfileSubject subject)
    {
        var self = subject.Is(EmployeeRelation.Self);
        if (!self && !subject.Is(EmployeeRelation.ManagerChain) && !subject.Is(EmployeeRelation.Hr)) return Content(string.Empty);
        var lines = await db.Set<Review>()
            .Where(r => r.EmployeeId == subject.EmployeeId && r.FinalizedAtUtc != null && (!self || r.SharedAtUtc != null))
            .OrderByDescending(r => r.FinalizedAtUtc).Take(Shown)
            .Select(r => new Line(r.Id, r.Cycle.Name, r.Cycle.PeriodEnd, r.FinalRating,
                r.Cycle.RatingLevels.Where(l => l.Value == r.FinalRating).Select(l => l.Label).FirstOrDefault()))
            .ToListAsync(HttpContext.RequestAborted);
        return lines.Count > 0 ? View("~/Reviews/Conduct/ReviewsPanel.cshtml", lines) : Content(string.Empty);
    }
}
