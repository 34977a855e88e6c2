using ErmPortal.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// A person's reviews, the reviews a manager writes, and one review's page with every answer to it. The handlers decide
/// who may do what; anyone else is told the review does not exist. Every change comes back to the review's page.
/// </summary>
public class ReviewsController(IMediator mediator) : Controller
{
    [HttpGet("me/reviews")]
    public async Task<IActionResult> ListMyReviews() => View(await mediator.Send(new ListMyReviews.Query()));

    [HttpGet("reviews/team")]
    public async Task<IActionResult> ListTeamReviews(int page = 1) => View(await mediator.Send(new ListTeamReviews.Query(page)));

    [HttpGet("reviews/{id:int}")]
    public async Task<IActionResult> GetReview(int id) => View(await mediator.Send(new GetReview.Query(id)));

    [HttpPost("reviews/{id:int}/self-assessment"), RedirectOnFailure]
    public Task<IActionResult> WriteSelfAssessment(int id, WriteSelfAssessment.Command command)
    {
        command.ReviewId = id;
        return SentAsync(command, id, command.Submit ? "Self-assessment handed in." : "Draft saved.");
    }

    [HttpPost("reviews/{id:int}/manager-assessment"), RedirectOnFailure]
    public Task<IActionResult> WriteManagerAssessment(int id, WriteManagerAssessment.Command command)
    {
        command.ReviewId = id;
        return SentAsync(command, id, command.Submit ? "Assessment submitted." : "Draft saved.");
    }

    [HttpPost("reviews/{id:int}/open-manager-assessment"), RedirectOnFailure]
    public Task<IActionResult> OpenManagerAssessment(int id) =>
        SentAsync(new OpenManagerAssessment.Command(id), id, "The reviewer may now write the assessment.");

    [HttpPost("reviews/{id:int}/share"), RedirectOnFailure]
    public Task<IActionResult> ShareReview(int id) => SentAsync(new ShareReview.Command(id), id, "Review shared.");

    [HttpPost("reviews/{id:int}/comment"), RedirectOnFailure]
    public Task<IActionResult> CommentOnReview(int id, string? comment) =>
        SentAsync(new AnswerReview.Command(id, AnswerReview.Answer.Comment, comment), id, "Comment saved.");

    [HttpPost("reviews/{id:int}/disagree"), RedirectOnFailure]
    public Task<IActionResult> DisagreeWithReview(int id, string? comment) =>
        SentAsync(new AnswerReview.Command(id, AnswerReview.Answer.Disagree, comment), id, "Your disagreement is on record.");

    [HttpPost("reviews/{id:int}/acknowledge"), RedirectOnFailure]
    public Task<IActionResult> AcknowledgeReview(int id) =>
        SentAsync(new AnswerReview.Command(id, AnswerReview.Answer.Acknowledge, null), id, "Review acknowledged: it is now final.");

    private async Task<IActionResult> SentAsync(IRequest<Unit> command, int id, string flash)
    {
        await mediator.Send(command);
        TempData["Flash"] = flash;
        return RedirectToAction(nameof(GetReview), new { id });
    }
}
