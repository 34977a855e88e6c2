using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Conduct;

/// <summary>
/// The reviews the viewer writes in cycles still running, each with where it stands, a page at a time (a large team in
/// two overlapping cycles makes a long list). HR sees only those they write themselves here; the cycle's overview is
/// theirs for the rest.
/// </summary>
public static class ListTeamReviews
{
    public record Query(int Page = 1) : IRequest<Page<Line>>;

    public enum State { WaitingForSelfAssessment, ToWrite, Submitted, Shared, Disagreed, Final }

    public record Line(int Id, int EmployeeId, string Person, string CycleName, ReviewPhase Phase, State State);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Page<Line>>
    {
        public async Task<Page<Line>> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return new Page<Line>([], 1, PagingExtensions.DefaultPageSize, 0);
            // A reviewer's reviews of running cycles, by the reviewer's index: a count and a page.
            var page = await db.Set<Review>()
                .Where(r => r.ReviewerId == me && r.Cycle.Phase != ReviewPhase.Draft && r.Cycle.Phase != ReviewPhase.Closed)
                .OrderBy(r => r.Cycle.Name).ThenBy(r => r.Employee.LegalLastName).ThenBy(r => r.Id)
                .Select(r => new
                {
                    r.Id, r.EmployeeId, Person = (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                    r.Cycle.Name, r.Cycle.Phase, SelfIn = r.SelfSubmittedAtUtc != null, Opened = r.ManagerOpenedAtUtc != null,
                    Submitted = r.ManagerSubmittedAtUtc != null, Shared = r.SharedAtUtc != null, Disagreed = r.DisagreedAtUtc != null,
                    Final = r.FinalizedAtUtc != null,
                })
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
            return page.WithItems(page.Items.Select(r => new Line(r.Id, r.EmployeeId, r.Person, r.Name, r.Phase,
                r.Final ? State.Final : r.Disagreed ? State.Disagreed : r.Shared ? State.Shared : r.Submitted ? State.Submitted
                : r.SelfIn || r.Opened ? State.ToWrite : State.WaitingForSelfAssessment)).ToList());
        }
    }
}
