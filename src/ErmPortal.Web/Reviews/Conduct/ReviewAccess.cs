using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Conduct;

public static class ReviewOperations
{
    /// <summary>Open the review page: what of it the viewer reads is decided by <see cref="ReviewStanding"/>.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    /// <summary>Write the self-assessment, comment, disagree, acknowledge.</summary>
    public static readonly OperationAuthorizationRequirement AnswerAsPerson = new() { Name = nameof(AnswerAsPerson) };
    /// <summary>Write the manager assessment.</summary>
    public static readonly OperationAuthorizationRequirement Assess = new() { Name = nameof(Assess) };
    /// <summary>Show the review to the person once the cycle is in sharing.</summary>
    public static readonly OperationAuthorizationRequirement Share = new() { Name = nameof(Share) };
    /// <summary>Let the reviewer write before the self-assessment is in.</summary>
    public static readonly OperationAuthorizationRequirement OpenAssessment = new() { Name = nameof(OpenAssessment) };
}

/// <summary>The viewer's standing to one review: their relation to its person, and whether they are its reviewer.</summary>
public record ReviewStanding(int ReviewId, EmployeeRelation Relation, bool IsReviewer)
{
    public bool Is(EmployeeRelation relation) => Relation.HasFlag(relation);

    /// <summary>
    /// The person reads their review as its person, whatever else they are: HR reviewed by their manager sees the draft no
    /// sooner than anyone else reviewed.
    /// </summary>
    public bool IsPerson => Is(EmployeeRelation.Self);

    /// <summary>The reviewer, the managers above the person and HR read everything, calibration's potential included.</summary>
    public bool ReadsAll => !IsPerson && (IsReviewer || Is(EmployeeRelation.ManagerChain) || Is(EmployeeRelation.Hr));
}

/// <summary>
/// Fails closed. A review is its person's, their reviewer's, their managers' and HR's; colleagues and Admin (who runs
/// accounts, not people) are told it does not exist. Only the person answers, only the reviewer assesses, the reviewer or
/// HR shares, and HR alone opens the assessment early.
/// </summary>
public class ReviewAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ReviewStanding>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ReviewStanding r)
    {
        var allowed = requirement.Name switch
        {
            nameof(ReviewOperations.View) => r.IsPerson || r.ReadsAll,
            nameof(ReviewOperations.AnswerAsPerson) => r.IsPerson,
            // Nobody assesses or shares their own review, even as HR.
            nameof(ReviewOperations.Assess) => r.IsReviewer && !r.IsPerson,
            nameof(ReviewOperations.Share) => !r.IsPerson && (r.IsReviewer || r.Is(EmployeeRelation.Hr)),
            nameof(ReviewOperations.OpenAssessment) => !r.IsPerson && r.Is(EmployeeRelation.Hr),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Loads a review for a use case and checks the viewer may do what they ask with it; "not found" otherwise.</summary>
public class ReviewAccess(ErmDbContext db, ViewerRelations relations, ICurrentUser user, IAuthorizationService authorization)
{
    public async Task<ReviewStanding?> StandingAsync(int reviewId, CancellationToken ct)
    {
        var review = await db.Set<Review>().Where(r => r.Id == reviewId).Select(r => new { r.EmployeeId, r.ReviewerId }).FirstOrDefaultAsync(ct);
        if (review is null) return null;
        return new ReviewStanding(reviewId, await relations.OfAsync(review.EmployeeId, ct), user.EmployeeId is { } me && review.ReviewerId == me);
    }

    public async Task<bool> AllowsAsync(ReviewStanding standing, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(user.Principal, standing, operation)).Succeeded;

    public async Task<ReviewStanding> RequireAsync(int reviewId, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var standing = await StandingAsync(reviewId, ct);
        if (standing is null || !await AllowsAsync(standing, operation)) throw new NotFoundException();
        return standing;
    }

    /// <summary>
    /// The review with its cycle, ratings and needs, for a change. A finalized review refuses every change before anything
    /// else is looked at, so the person is told it is locked rather than why some other rule fails.
    /// </summary>
    public async Task<Review> OpenForChangeAsync(int reviewId, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        await RequireAsync(reviewId, operation, ct);
        var review = await db.Set<Review>().Include(r => r.Cycle).ThenInclude(c => c.RatingLevels)
            .Include(r => r.Cycle).ThenInclude(c => c.Competencies)
            .Include(r => r.Ratings).Include(r => r.DevelopmentNeeds)
            .AsSplitQuery().SingleAsync(r => r.Id == reviewId, ct);
        review.EnsureNotFinalized();
        return review;
    }
}
