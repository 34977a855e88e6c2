using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure.Email;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.TalentPool;

/// <summary>
/// Who in the talent pool could fill an opening: people who have the skills it asks for, and the "silver medallists"
/// who reached the interview or the offer for the same position before. Most people not hired the first time are
/// hired later only if someone keeps in touch, so HR can invite them to apply in one click.
/// </summary>
public static class SuggestTalent
{
    /// <summary>At most this many candidates are read from the pool before ranking.</summary>
    public const int Considered = 300;
    public const int Shown = 50;

    [RequireRole(Roles.Hr)]
    public record Query(int OpeningId) : IRequest<Model>;

    public record Model(int OpeningId, string Title, bool CanInvite, IReadOnlyList<string> RequiredSkills, IReadOnlyList<Suggestion> Suggestions);

    public record Suggestion(int CandidateId, string Name, IReadOnlyList<string> MatchingSkills, bool ReachedOffer, bool Interviewed,
        IReadOnlyList<string> Tags, bool Invited);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var opening = await db.Set<Opening>().Where(o => o.Id == request.OpeningId)
                .Select(o => new { o.Id, o.Title, o.RequiredSkills, o.PositionId, o.Status, o.Audience }).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException();
            var required = TalentMatching.Required(opening.RequiredSkills);
            var scope = OpeningAccess.TimelineScope(opening.Id);
            // The database narrows the pool by substring; the exact skill match is made below.
            var candidates = await db.Set<Candidate>()
                .Where(c => c.TalentPoolConsentAtUtc != null && c.AnonymisedAtUtc == null && !c.Applications.Any(a => a.OpeningId == opening.Id))
                .Where(c => (c.Skills != null && required.Any(s => c.Skills.ToLower().Contains(s)))
                            || c.Applications.Any(a => a.Opening.PositionId == opening.PositionId
                                                       && a.StageVisits.Any(v => v.Stage.Kind == StageKind.Interview || v.Stage.Kind == StageKind.Offer)))
                .OrderByDescending(c => c.TalentPoolConsentAtUtc).Take(Considered)
                .Select(c => new
                {
                    c.Id, Name = c.FirstName + " " + c.LastName, c.Skills, Tags = c.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                    ReachedOffer = c.Applications.Any(a => a.Opening.PositionId == opening.PositionId && a.StageVisits.Any(v => v.Stage.Kind == StageKind.Offer)),
                    Interviewed = c.Applications.Any(a => a.Opening.PositionId == opening.PositionId && a.StageVisits.Any(v => v.Stage.Kind == StageKind.Interview)),
                    Invited = db.Set<TimelineEntry>().Any(t => t.SubjectType == TimelineSubjects.Candidate && t.SubjectId == c.Id
                                                               && t.Kind == TalentPoolTimelineKinds.Invited && t.AudienceScope == scope),
                })
                .ToListAsync(ct);
            var suggestions = candidates
                .Select(c => new Suggestion(c.Id, c.Name, TalentMatching.Matching(c.Skills, required), c.ReachedOffer, c.Interviewed, c.Tags, c.Invited))
                .Where(s => s.MatchingSkills.Count > 0 || s.Interviewed || s.ReachedOffer)
                .OrderByDescending(s => s.ReachedOffer).ThenByDescending(s => s.Interviewed).ThenByDescending(s => s.MatchingSkills.Count)
                .Take(Shown).ToList();
            var canInvite = opening.Status == OpeningStatus.Published && opening.Audience == OpeningAudience.Everyone;
            return new Model(opening.Id, opening.Title, canInvite, required, suggestions);
        }
    }
}

/// <summary>HR invites someone from the talent pool to apply to a published opening: an email with the link, on their timeline once.</summary>
public static class InviteToApply
{
    [RequireRole(Roles.Hr)]
    public record Command(int OpeningId, int CandidateId) : ICommand;

    public class Handler(ErmDbContext db, IEmailOutbox outbox, TalentPoolEmails emails, TimelineRecorder timeline) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var opening = await db.Set<Opening>().FirstOrDefaultAsync(o => o.Id == request.OpeningId, ct) ?? throw new NotFoundException();
            var candidate = await db.Set<Candidate>()
                .FirstOrDefaultAsync(c => c.Id == request.CandidateId && c.TalentPoolConsentAtUtc != null && c.AnonymisedAtUtc == null, ct)
                ?? throw new NotFoundException();
            if (opening.Status != OpeningStatus.Published || opening.Audience != OpeningAudience.Everyone)
                throw new DomainRuleException("", "Publish the opening on the careers page before inviting people to apply.");
            var scope = OpeningAccess.TimelineScope(opening.Id);
            if (await db.Set<TimelineEntry>().AnyAsync(t => t.SubjectType == TimelineSubjects.Candidate && t.SubjectId == candidate.Id
                                                            && t.Kind == TalentPoolTimelineKinds.Invited && t.AudienceScope == scope, ct))
                throw new DomainRuleException("", "This candidate has already been invited to apply to this opening.");
            if (await db.Set<JobApplication>().AnyAsync(a => a.CandidateId == candidate.Id && a.OpeningId == opening.Id, ct))
                throw new DomainRuleException("", "This candidate has already applied to this opening.");
            outbox.Enqueue(emails.Invitation(candidate, opening));
            timeline.Record(TalentPoolTimelineKinds.Invited, candidate, opening);
            return Unit.Value;
        }
    }
}

/// <summary>
/// When an opening goes on the careers page, the people in the talent pool who asked to hear about matching openings
/// get an email, in the same transaction as the publication (sent after its commit). An internal opening is not told.
/// </summary>
public class TellTalentPoolOfNewOpening(ErmDbContext db, IEmailOutbox outbox, TalentPoolEmails emails, TimelineRecorder timeline)
    : INotificationHandler<OpeningPublished>
{
    public async Task Handle(OpeningPublished notification, CancellationToken cancellationToken)
    {
        var opening = notification.Opening;
        if (opening.Audience != OpeningAudience.Everyone) return;
        var required = TalentMatching.Required(opening.RequiredSkills);
        if (required.Count == 0) return;
        var scope = OpeningAccess.TimelineScope(opening.Id);
        var interested = await db.Set<Candidate>()
            .Where(c => c.KeepInformed && c.TalentPoolConsentAtUtc != null && c.AnonymisedAtUtc == null && c.Skills != null
                        && required.Any(s => c.Skills.ToLower().Contains(s))
                        && !c.Applications.Any(a => a.OpeningId == opening.Id)
                        // Published again after being taken off: those already told are not told twice.
                        && !db.Set<TimelineEntry>().Any(t => t.SubjectType == TimelineSubjects.Candidate && t.SubjectId == c.Id
                                                            && t.Kind == TalentPoolTimelineKinds.Told && t.AudienceScope == scope))
            .ToListAsync(cancellationToken);
        foreach (var candidate in interested.Where(c => TalentMatching.Matching(c.Skills, required).Count > 0))
        {
            outbox.Enqueue(emails.NewOpening(candidate, opening));
            timeline.Record(TalentPoolTimelineKinds.Told, candidate, opening);
        }
    }
}
