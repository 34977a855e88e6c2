using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>What a viewer may do with the 360° feedback of a review.</summary>
public static class PeerFeedbackOperations
{
    /// <summary>The person asks colleagues for feedback on their own review.</summary>
    public static readonly OperationAuthorizationRequirement Nominate = new() { Name = nameof(Nominate) };
    /// <summary>The reviewer approves or declines the person's nominations.</summary>
    public static readonly OperationAuthorizationRequirement Decide = new() { Name = nameof(Decide) };
    /// <summary>Who was asked: the person, the reviewer, the managers above the person and HR.</summary>
    public static readonly OperationAuthorizationRequirement ViewNominations = new() { Name = nameof(ViewNominations) };
    /// <summary>The answers, aggregated: the manager chain and HR, and the person once the review is shared.</summary>
    public static readonly OperationAuthorizationRequirement ViewAnswers = new() { Name = nameof(ViewAnswers) };
}

/// <summary>The facts of a review the peer feedback pages need, read in one query.</summary>
public record PeerReview(int ReviewId, int EmployeeId, string Person, int? ReviewerId, int? ManagerId, int CycleId, string CycleName,
    ReviewCycle Cycle, bool IsShared, bool IsFinalized);

/// <summary>A review's 360° feedback with how the viewer stands to its person, and whether the viewer writes the review.</summary>
public record PeerFeedbackResource(PeerReview Review, EmployeeRelation Relation, bool IsReviewer)
{
    public bool Is(EmployeeRelation relation) => Relation.HasFlag(relation);
}

/// <summary>Fails closed. Peers and Admin see nothing of a review; a cycle without 360° feedback has none to show.</summary>
public class PeerFeedbackAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, PeerFeedbackResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PeerFeedbackResource r)
    {
        var allowed = r.Review.Cycle.IncludesPeerFeedback && requirement.Name switch
        {
            nameof(PeerFeedbackOperations.Nominate) => r.Is(EmployeeRelation.Self),
            // The reviewer alone: a skip-level manager or HR may read the nominations but does not decide them.
            nameof(PeerFeedbackOperations.Decide) => r.IsReviewer,
            nameof(PeerFeedbackOperations.ViewNominations) =>
                r.Is(EmployeeRelation.Self) || r.IsReviewer || r.Is(EmployeeRelation.ManagerChain) || r.Is(EmployeeRelation.Hr),
            // The person reads what colleagues said once the review is shared with them, as they read the manager's part.
            nameof(PeerFeedbackOperations.ViewAnswers) =>
                r.IsReviewer || r.Is(EmployeeRelation.ManagerChain) || r.Is(EmployeeRelation.Hr) || (r.Is(EmployeeRelation.Self) && r.Review.IsShared),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Loads a review for its peer feedback and answers "not found" for a viewer the operation is not for.</summary>
public class PeerFeedbackAccess(ErmDbContext db, ViewerRelations relations, ICurrentUser user, IAuthorizationService authorization)
{
    public async Task<PeerFeedbackResource> RequireAsync(int reviewId, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var review = await db.Set<Review>().Where(r => r.Id == reviewId)
            .Select(r => new PeerReview(r.Id, r.EmployeeId, (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                r.ReviewerId, r.Employee.ManagerId, r.CycleId, r.Cycle.Name, r.Cycle, r.SharedAtUtc != null, r.FinalizedAtUtc != null))
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var resource = new PeerFeedbackResource(review, await relations.OfAsync(review.EmployeeId, ct),
            user.EmployeeId is { } me && review.ReviewerId == me);
        return await CanAsync(resource, operation) ? resource : throw new NotFoundException();
    }

    public async Task<bool> CanAsync(PeerFeedbackResource resource, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(user.Principal, resource, operation)).Succeeded;
}
