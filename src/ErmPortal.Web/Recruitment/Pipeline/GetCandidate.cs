using System.Security.Claims;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using ErmPortal.Web.Timeline;
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
    }

    public record Model(int Id, string Name, string Email, string? Phone, IReadOnlyList<string> Skills, IReadOnlyList<string> Tags,
        int? EmployeeId, bool InTalentPool, IReadOnlyList<Application> Applications, Page<TimelineLine> Timeline);

    public class Handler(ErmDbContext db, ApplicationVisibility visibility, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
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
                applications.Select(a => PipelineTimelineKinds.ScopeOf(a.OpeningId)).Distinct().ToList());
            var timeline = await db.Set<TimelineEntry>().VisibleTo(TimelineSubjects.Candidate, request.Id, reader).NewestFirst()
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);

            var now = clock.UtcNow;
            return new Model(request.Id, $"{candidate.FirstName} {candidate.LastName}", candidate.Email, candidate.Phone,
                [.. Candidate.SplitSkills(candidate.Skills)], candidate.Tags, candidate.EmployeeId,
                candidate.TalentPoolConsentAtUtc is not null && candidate.AnonymisedAtUtc is null,
                [.. applications.Select(a => a with { DaysInStage = (int)(now - a.StageEnteredAtUtc).TotalDays })], timeline);
        }
    }
}
