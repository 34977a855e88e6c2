using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// The course page's rating, for everyone: the average and count. HR and those who trained one of its sessions also get
/// the link to what participants wrote.
/// </summary>
public class CourseRatingSummary(ErmDbContext db, ICurrentUser user) : ViewComponent
{
    public record Model(int CourseId, CourseRating Rating, bool MayReadFeedback);

    public async Task<IViewComponentResult> InvokeAsync(int courseId)
    {
        var ct = HttpContext.RequestAborted;
        var rating = await CourseRating.Of(db.Set<TrainingFeedback>().Where(f => f.CourseId == courseId)).FirstOrDefaultAsync(ct) ?? CourseRating.None;
        var mayRead = user.IsInRole(Roles.Hr)
                      || (user.EmployeeId is { } me && await db.Set<CourseSession>().AnyAsync(s => s.CourseId == courseId && s.TrainerEmployeeId == me, ct));
        return View("~/Learning/Records/CourseRatingSummary.cshtml", new Model(courseId, rating, mayRead));
    }
}
