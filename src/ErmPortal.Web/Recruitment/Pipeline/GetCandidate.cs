using System.Security.Claims;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using ErmPortal.Web.Timeline;
using ErmPortal.Web.Recruitment.Scoring;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// One candidate for HR, and for the hiring team of any opening they applied to: who they are, the applications the
/// viewer may see, and their timeline as far as the viewer may read it (HR all of it; a hiring team what is about
/// their opening). Anyone else, or a manager whose report applied and has not reached the stage that tells them, is
/// told the candidate does not exist.
/// </summary>
public static class GetCandidate
{
    public record Query(int Id) : IRequest<Model>
    {
        public int Page { get; init; } = 1;
    }

    public record Application(int Id, int OpeningId, string OpeningTitle, string StageName, StageKind StageKind, DateTime StageEnteredAtUtc,
        CandidateSource Source, DateTime AppliedAtUtc, string? CoverLetter, string? CvFileName, string? OutcomeReason)
    {
        public int DaysInStage { get; init; }
        /// <summary>The viewer schedules interviews and moves the candidate (HR, the hiring manager); they also see the score.</summary>
        public bool CanMove { get; init; }
        /// <summary>The viewer may see the offer and its pay.</summary>
        public bool SeesOffer { get; init; }
        /// <summary>The latest offer, for those who may see it.</summary>
        public (int Id, OfferStatus Status)? Offer { get; init; }
        public CandidateScore? Score { get; init; }
        public bool IsOpen => !StageKind.IsFinal();
    }

    public record Model(int Id, string Name, string Email, string? Phone, IReadOnlyList<string> Skills, IReadOnlyList<string> Tags,
        int? EmployeeId, bool InTalentPool, IReadOnlyList<Application> Applications, Page<TimelineLine> Timeline)
    {
        /// <summary>HR: hires, and answers the candidate's requests about their data.</summary>
        public bool IsHr { get; init; }
    }

    public class Handler(ErmDbContext db, ApplicationVisibility visibility, OpeningAccess access, CandidateScores scores, ICurrentUser user, IClock clock)
        : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var applications = await visibility.Visible(db.Set<JobApplication>().Where(a => a.CandidateId == request.Id))
                .OrderByDescending(a => a.AppliedAtUtc)
                .Select(a => new Application(a.Id, a.OpeningId, a.Opening.Title, a.Stage.Name, a.Stage.Kind, a.StageEnteredAtUtc, a.Source,
                    a.AppliedAtUtc, a.CoverLetter, a.CvFileKey == null ? null : a.CvFileName ?? "CV", a.OutcomeReason))
                .ToListAsync(ct);
            if (applications.Count == 0 && !visibility.IsHr) throw new NotFoundException();
            var candidate = await db.Set<Candidate>().Where(c => c.Id == request.Id)
                .Select(c => new { c.FirstName, c.LastName, c.Email, c.Phone, c.Skills, c.EmployeeId, c.TalentPoolConsentAtUtc, c.AnonymisedAtUtc,
                    Tags = c.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList() })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

            // HR reads every entry about the candidate; a hiring team reads those about the openings whose applications it sees.
            var reader = new TimelineReader(visibility.IsHr ? TimelineAudience.Hr : TimelineAudience.None,
                user.Principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(), user.EmployeeId,
                applications.Select(a => OpeningAccess.TimelineScope(a.OpeningId)).Distinct().ToList());
            var timeline = await db.Set<TimelineEntry>().VisibleTo(TimelineSubjects.Candidate, request.Id, reader).NewestFirst()
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);

            // What the viewer may do differs per opening: the viewer's place in each opening's team, read at once.
            var team = new Dictionary<int, (bool Move, bool Pay)>();
            foreach (var resource in (await access.ResourcesAsync(applications.Select(a => a.OpeningId).Distinct().ToList(), ct)).Values)
            {
                var move = await access.CanAsync(resource, OpeningOperations.MoveCandidates);
                team[resource.OpeningId] = (move, move && await access.CanAsync(resource, OpeningOperations.SeeCompensation));
            }
            var movable = applications.Where(a => team[a.OpeningId].Move).Select(a => a.Id).ToList();
            var scored = await scores.OfAsync(db.Set<JobApplication>().Where(a => movable.Contains(a.Id)), ct);
            var withPay = applications.Where(a => team[a.OpeningId].Pay).Select(a => a.Id).ToList();
            var offers = (await db.Set<Offer>().Where(o => withPay.Contains(o.ApplicationId)).OrderByDescending(o => o.DraftedAtUtc)
                    .Select(o => new { o.ApplicationId, o.Id, o.Status }).ToListAsync(ct))
                .DistinctBy(o => o.ApplicationId).ToDictionary(o => o.ApplicationId, o => (o.Id, o.Status));

            var now = clock.UtcNow;
            return new Model(request.Id, $"{candidate.FirstName} {candidate.LastName}", candidate.Email, candidate.Phone,
                [.. Candidate.SplitSkills(candidate.Skills)], candidate.Tags, candidate.EmployeeId,
                candidate.TalentPoolConsentAtUtc is not null && candidate.AnonymisedAtUtc is null,
                [.. applications.Select(a => a with
                {
                    DaysInStage = (int)(now - a.StageEnteredAtUtc).TotalDays, CanMove = team[a.OpeningId].Move, SeesOffer = team[a.OpeningId].Pay,
                    Offer = offers.TryGetValue(a.Id, out var offer) ? offer : null, Score = scored.GetValueOrDefault(a.Id),
                })], timeline) { IsHr = visibility.IsHr };
        }
    }
}
