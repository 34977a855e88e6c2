using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>
/// The candidate's private page, reached by the link we emailed: each of their applications with what HR chose to tell
/// them about its stage and since when, and the openings they could apply to as well. A changed or outdated link finds
/// nothing.
/// </summary>
public static class GetApplicationStatus
{
    public const int OtherOpeningsShown = 10;

    public record Query(string Token) : IRequest<Model>;

    public record Application(int Id, string OpeningTitle, StageKind Stage, string? Message, DateTime StageEnteredAtUtc, DateTime AppliedAtUtc,
        int? OfferId)
    {
        public bool CanWithdraw => !Stage.IsFinal();
    }

    public record OtherOpening(int Id, string Title, string DepartmentName, string LocationName);

    public record Model(string Token, string FirstName, IReadOnlyList<Application> Applications, IReadOnlyList<OtherOpening> OtherOpenings);

    public class Handler(ErmDbContext db, CandidateLinks links) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var candidateId = await links.CandidateIdOfAsync(request.Token, ct) ?? throw new NotFoundException();
            var firstName = await db.Set<Candidate>().Where(c => c.Id == candidateId).Select(c => c.FirstName).FirstAsync(ct);
            var applications = await db.Set<JobApplication>().Where(a => a.CandidateId == candidateId)
                .OrderByDescending(a => a.AppliedAtUtc)
                .Select(a => new Application(a.Id, a.Opening.Title, a.Stage.Kind, a.Stage.CandidateMessage, a.StageEnteredAtUtc, a.AppliedAtUtc,
                    // The offer letter the candidate was sent, if any: drafts and approvals are the hiring team's.
                    db.Set<Offer>().Where(o => o.ApplicationId == a.Id && Offer.ShownToCandidate.Contains(o.Status))
                        .OrderByDescending(o => o.DraftedAtUtc).Select(o => (int?)o.Id).FirstOrDefault()))
                .ToListAsync(ct);
            var others = await db.Set<Opening>().OnCareersPage()
                .Where(o => !db.Set<JobApplication>().Any(a => a.CandidateId == candidateId && a.OpeningId == o.Id))
                .OrderByDescending(o => o.PublishedAtUtc).ThenByDescending(o => o.Id).Take(OtherOpeningsShown)
                .Select(o => new OtherOpening(o.Id, o.Title, o.Department.Name, o.Location.Name))
                .ToListAsync(ct);
            return new Model(request.Token, firstName, applications, others);
        }
    }
}
