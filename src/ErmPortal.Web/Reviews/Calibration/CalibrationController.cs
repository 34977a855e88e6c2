using ErmPortal.Data.Accounts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Reviews.Calibration;

/// <summary>
/// Calibration: the cycles the viewer calibrates, a cycle's figures and reviews, and the form that adjusts one review.
/// The list is for HR and managers; a cycle and a review are for whoever calibrates them (the handlers decide; anyone
/// else is told they do not exist).
/// </summary>
[Authorize]
public class CalibrationController(IMediator mediator) : Controller
{
    [HttpGet("reviews/calibration")]
    [Authorize(Roles = $"{Roles.Hr},{Roles.Manager}")]
    public async Task<IActionResult> ListCalibrations(ListCalibrations.Query query) => View(await mediator.Send(query));

    [HttpGet("reviews/cycles/{id:int}/calibration")]
    public async Task<IActionResult> GetCalibration(int id, int? departmentId, int page = 1) =>
        View(await mediator.Send(new GetCalibration.Query { Id = id, DepartmentId = departmentId, Page = page }));

    [HttpGet("reviews/{id:int}/calibrate")]
    public async Task<IActionResult> CalibrateReview(int id)
    {
        var page = await mediator.Send(new CalibrateReview.Query(id));
        return View(new CalibrateReview.Command { ReviewId = id, Rating = page.FinalRating, Potential = page.Potential, Version = page.Version, Page = page });
    }

    [HttpPost("reviews/{id:int}/calibrate")]
    public async Task<IActionResult> CalibrateReview(int id, CalibrateReview.Command command)
    {
        // Read first: someone who does not calibrate this review is told it does not exist, whatever they posted.
        command.Page = await mediator.Send(new CalibrateReview.Query(id));
        if (!ModelState.IsValid) return View(command);
        await mediator.Send(command);
        TempData["Flash"] = "Calibration saved.";
        return Redirect(Url.Content($"~/reviews/{id}/calibrate"));
    }
}
