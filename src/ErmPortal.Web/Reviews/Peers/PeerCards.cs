using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>"Feedback to give" on the home page of a peer with forms still to answer in an open cycle.</summary>
public class FeedbackToGiveCard(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var open = (await mediator.Send(new ListFeedbackToGive.Query(Take: 5))).Where(l => l.Open && !l.Answered).ToList();
        return open.Count > 0 ? View("~/Reviews/Peers/FeedbackToGiveCard.cshtml", open) : Content(string.Empty);
    }
}

/// <summary>"Peer nominations to approve" on the home page of a reviewer: the reviews with nominations waiting, one command.</summary>
public class NominationsToApproveCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<IReadOnlyList<Line>>;

    public record Line(int ReviewId, string Person, int Waiting);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var lines = await mediator.Send(new Query());
        return lines.Count > 0 ? View("~/Reviews/Peers/NominationsToApproveCard.cshtml", lines) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Line>>
    {
        public async Task<IReadOnlyList<Line>> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return [];
            return await db.Set<Review>()
                .Where(r => r.ReviewerId == me && r.FinalizedAtUtc == null && r.Cycle.IncludesPeerFeedback
                            && PeerFeedbackRules.OpenPhases.Contains(r.Cycle.Phase))
                .Select(r => new
                {
                    r.Id, Person = (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                    Waiting = db.Set<PeerNomination>().Count(n => n.ReviewId == r.Id && n.Status == PeerNominationStatus.Proposed),
                })
                .Where(r => r.Waiting > 0).OrderBy(r => r.Person).Take(5)
                .Select(r => new Line(r.Id, r.Person, r.Waiting))
                .ToListAsync(ct);
        }
    }
}
