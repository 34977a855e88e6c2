using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Recruitment.Interviews;
using ErmPortal.Web.Recruitment.Offers;

namespace ErmPortal.Web.Recruitment;

/// <summary>How a demo application left the stage it was in.</summary>
public enum DemoOutcome { MovedOn, Rejected, Withdrew, Hired, PlaceFilled }

/// <summary>Someone of the hiring teams, as the timeline names them.</summary>
public record DemoPerson(int Id, string Name, string LastName, string? UserId);

/// <summary>
/// What happens to a demo candidate inside the interview and offer stages, made through the entities' own rules at the
/// moment the candidate's history reaches it (an interview is scheduled while the application is open, an offer drafted
/// while it is in the offer stage). Interviews are held by the opening's interviewers, with the hiring manager for those
/// who went on; their scorecards agree with how the application ended, so the hired were rated well. Offers are
/// accepted by those hired and declined, with a reason, by those who withdrew. Seeding publishes no events, so the
/// timeline entries the subscribers would write are kept until the rows have their ids (<see cref="AfterSave"/>).
/// </summary>
/// <param name="signIns">The demo sign-ins, who always write their scorecards: one owed for years would crowd their home page.</param>
public class CandidateDemoStory(ErmDbContext db, IReadOnlyDictionary<int, DemoPerson> people, IReadOnlyDictionary<int, string> positions,
    DemoPerson recruiter, IReadOnlyCollection<int> signIns, DateTime now)
{
    private readonly Random _random = new(20261201);
    private readonly List<Func<TimelineEntry>> _timeline = [];
    private readonly List<Scorecard> _scorecards = [];

    private static readonly string[] Rooms = ["Room Aurora", "Room Borealis", "Room Cassiopeia", "Room Draco"];
    private static readonly int[] Durations = [45, 60, 60, 90];

    public static readonly string[] DeclineReasons =
    [
        "I decided to stay with my current employer.", "My current employer matched the offer.",
        "The salary is below what I earn now.", "The commute would be too long for me.",
    ];

    /// <summary>What the interviewers wrote, per criterion (<see cref="Scorecard.DefaultCriteria"/>), for a low, middling and high rating.</summary>
    private static readonly Dictionary<string, string[]> Notes = new()
    {
        ["Role skills"] = ["The core skills of the role are not there yet.", "Covers the basics; would need support on the harder parts.",
            "Knows the tools of the role well and explained past work clearly."],
        ["Problem solving"] = ["Struggled to structure the case exercise.", "Reached an answer with a few hints.",
            "Broke the case exercise down calmly and found a sound answer."],
        ["Communication"] = ["Hard to follow; answers drifted off the question.", "Clear enough, sometimes long-winded.",
            "Clear, concise, and listened well."],
        ["Collaboration"] = ["Examples were mostly about working alone.", "Works well alongside others; few examples of leading.",
            "Good examples of helping colleagues and sharing credit."],
    };

    private static readonly Dictionary<Recommendation, string> Summaries = new()
    {
        [Recommendation.StrongNo] = "Does not meet the bar for this role.",
        [Recommendation.No] = "Not the right fit for this role at the moment.",
        [Recommendation.Yes] = "A good candidate; worth taking forward.",
        [Recommendation.StrongYes] = "A strong candidate: I would hire.",
    };

    public string DeclineReason() => DeclineReasons[_random.Next(DeclineReasons.Length)];

    /// <summary>The application leaves its stage at <paramref name="leftAt"/>: what happened in that stage, now that its end is known.</summary>
    public void Leaving(JobApplication application, Opening opening, DateTime leftAt, DemoOutcome outcome, string? reason = null)
    {
        if (leftAt > now) return;
        var entered = application.StageEnteredAtUtc;
        if (application.Stage.Kind == StageKind.Interview)
        {
            if (outcome == DemoOutcome.Withdrew)
            {
                // The candidate withdrew before the day: the interview was called off.
                var called = Schedule(application, opening, Between(entered, leftAt, 0.3), Day(leftAt.AddDays(2)), withHiringManager: false);
                called.Cancel(leftAt);
                Record(application, opening, InterviewTimelineKinds.Cancelled, leftAt, people[called.OrganizerId], InterviewArguments(called, opening),
                    () => RecordInterviewsOnTimeline.ScorecardsPath(application.Id));
                return;
            }
            var interview = Schedule(application, opening, Between(entered, leftAt, 0.1), Day(Between(entered, leftAt, 0.45)),
                withHiringManager: outcome is DemoOutcome.MovedOn);
            Judge(interview, application, opening, outcome, until: leftAt, owes: id => !signIns.Contains(id) && _random.NextDouble() < 0.08);
        }
        else if (application.Stage.Kind == StageKind.Offer && outcome is DemoOutcome.Hired or DemoOutcome.Withdrew)
        {
            var offer = SendOffer(application, opening, entered, leftAt, aboveRange: _random.NextDouble() < 0.2);
            if (outcome == DemoOutcome.Hired) offer.RecordAccepted(leftAt);
            else offer.RecordDeclined(reason ?? DeclineReason(), leftAt);
            RecordOffer(application, opening, offer, leftAt, recruiter);
        }
    }

    /// <summary>
    /// The application is still in its stage today. In an interview stage: a first round held (when there was time)
    /// and the next one coming, with <paramref name="demoInterviewers"/> on its panel too. In an offer stage: an offer
    /// in the given state.
    /// </summary>
    public void Waiting(JobApplication application, Opening opening, IReadOnlyList<int> demoInterviewers, OfferStatus offerState = OfferStatus.Sent)
    {
        var entered = application.StageEnteredAtUtc;
        if (application.Stage.Kind == StageKind.Interview)
        {
            if (now - entered > TimeSpan.FromDays(4))
            {
                var first = Schedule(application, opening, entered.AddHours(3), Day(entered.AddDays(2)), withHiringManager: false);
                Judge(first, application, opening, DemoOutcome.MovedOn, until: now, owes: _ => false);
            }
            Schedule(application, opening, now.AddHours(-_random.Next(2, 30)), Day(now.AddDays(_random.Next(1, 10))), withHiringManager: true, demoInterviewers);
        }
        else if (application.Stage.Kind == StageKind.Offer)
        {
            var manager = people[opening.HiringManagerId];
            if (offerState == OfferStatus.Sent)
            {
                SendOffer(application, opening, entered, now, aboveRange: false);
                return;
            }
            var draftedAt = Between(entered, now, 0.5);
            var requisition = opening.Requisition;
            var salary = offerState == OfferStatus.PendingApproval ? requisition.SalaryTo + 4_000m : Salary(requisition);
            var offer = Offer.Draft(application, requisition, salary, requisition.Currency, DateOnly.FromDateTime(now.AddDays(45)), opening.PositionId,
                offerState == OfferStatus.PendingApproval ? "The candidate has a competing offer; this matches it." : null, manager.UserId ?? "", draftedAt);
            db.Add(offer);
            RecordOffer(application, opening, offer, draftedAt, manager);
            if (offerState != OfferStatus.PendingApproval) return;
            offer.RequestApproval();
            RecordOffer(application, opening, offer, draftedAt.AddHours(1), manager);
        }
    }

    /// <summary>
    /// Once the applications are saved and so have their ids: the scorecards written since the last call get their
    /// application's (a scorecard keeps it beside its interview's, and has no link to the application to be filled in
    /// by the save), and the timeline entries of what happened are added.
    /// </summary>
    public void AfterSave()
    {
        foreach (var card in _scorecards) db.Entry(card).Property(c => c.ApplicationId).CurrentValue = card.Interview.ApplicationId;
        _scorecards.Clear();
        db.AddRange(_timeline.Select(make => make()));
        _timeline.Clear();
    }

    private Interview Schedule(JobApplication application, Opening opening, DateTime scheduledAt, DateTime startsAt, bool withHiringManager,
        IReadOnlyList<int>? alsoOnPanel = null)
    {
        var panel = opening.Interviewers.Select(i => i.EmployeeId).ToList();
        if (withHiringManager || panel.Count == 0) panel.Add(opening.HiringManagerId);
        panel.AddRange(alsoOnPanel ?? []);
        var video = _random.NextDouble() < 0.4;
        var plan = new InterviewPlan(startsAt, Durations[_random.Next(Durations.Length)], video ? null : Rooms[_random.Next(Rooms.Length)],
            video ? $"https://meet.example.org/erm-{_random.Next(100_000, 999_999)}" : null, panel.Distinct().ToList());
        var interview = Interview.Schedule(application, opening.HiringManagerId, plan, scheduledAt);
        db.Add(interview);
        Record(application, opening, InterviewTimelineKinds.Scheduled, scheduledAt, people[opening.HiringManagerId], InterviewArguments(interview, opening),
            () => RecordInterviewsOnTimeline.ScorecardsPath(application.Id));
        return interview;
    }

    /// <summary>Each interviewer's scorecard, written within a day, except from those who <paramref name="owes"/> theirs still.</summary>
    private void Judge(Interview interview, JobApplication application, Opening opening, DemoOutcome outcome, DateTime until, Func<int, bool> owes)
    {
        // Those who went on were rated well; those turned down after it mostly poorly; those the place was filled before, in between.
        int[] ratings = outcome switch
        {
            DemoOutcome.MovedOn or DemoOutcome.Hired => [3, 4, 4, 5, 5],
            DemoOutcome.Rejected => [1, 2, 2, 3, 3, 4],
            _ => [2, 3, 3, 4, 4, 5],
        };
        foreach (var interviewer in interview.Interviewers.Select(i => i.EmployeeId).ToList())
        {
            if (owes(interviewer)) continue;
            var submittedAt = Min(interview.EndsAtUtc.AddHours(_random.Next(1, 20)), until.AddHours(-1));
            var card = Scorecard.Start(interview, interviewer, Scorecard.DefaultCriteria, interview.EndsAtUtc);
            var given = Scorecard.DefaultCriteria.Select(c =>
            {
                var rating = ratings[_random.Next(ratings.Length)];
                var note = _random.NextDouble() < 0.7 ? Notes[c][rating <= 2 ? 0 : rating == 3 ? 1 : 2] : null;
                return ((int?)rating, note);
            }).ToList();
            var average = given.Average(g => g.Item1!.Value);
            var recommendation = average >= 4.25 ? Recommendation.StrongYes : average >= 3.25 ? Recommendation.Yes
                : average >= 2.25 ? Recommendation.No : Recommendation.StrongNo;
            card.Save(given, recommendation, Summaries[recommendation], submit: true, submittedAt);
            db.Add(card);
            _scorecards.Add(card);
            Record(application, opening, InterviewTimelineKinds.ScorecardSubmitted, submittedAt, people[interviewer], new TimelineArguments()
                    .With(InterviewTimelineKinds.Opening, opening.Title).With(InterviewTimelineKinds.Interviewer, people[interviewer].Name)
                    .With(InterviewTimelineKinds.Recommendation, recommendation.ToString()),
                () => RecordInterviewsOnTimeline.ScorecardsPath(application.Id));
        }
    }

    /// <summary>
    /// An offer drafted and sent while the application was in the offer stage. Pay above the requisition's range is
    /// drafted by the hiring manager and approved by HR first, as the rules want.
    /// </summary>
    private Offer SendOffer(JobApplication application, Opening opening, DateTime entered, DateTime until, bool aboveRange)
    {
        var requisition = opening.Requisition;
        var manager = people[opening.HiringManagerId];
        var drafter = aboveRange ? manager : recruiter;
        var draftedAt = Between(entered, until, 0.2);
        var salary = aboveRange ? requisition.SalaryTo + 500m * _random.Next(2, 8) : Salary(requisition);
        var offer = Offer.Draft(application, requisition, salary, requisition.Currency, DateOnly.FromDateTime(until.AddDays(_random.Next(28, 46))),
            opening.PositionId, null, drafter.UserId ?? "", draftedAt);
        db.Add(offer);
        RecordOffer(application, opening, offer, draftedAt, drafter);
        if (aboveRange)
        {
            offer.RequestApproval();
            RecordOffer(application, opening, offer, draftedAt.AddMinutes(5), drafter);
            var approvedAt = Between(entered, until, 0.3);
            offer.Approve(recruiter.UserId ?? "", approvedAt);
            RecordOffer(application, opening, offer, approvedAt, recruiter);
        }
        var sentAt = Between(entered, until, 0.4);
        offer.Send(sentAt);
        RecordOffer(application, opening, offer, sentAt, recruiter);
        return offer;
    }

    /// <summary>Within the range, in steps of 500.</summary>
    private decimal Salary(Requisition requisition) =>
        requisition.SalaryFrom + 500m * _random.Next(0, (int)((requisition.SalaryTo - requisition.SalaryFrom) / 500m) + 1);

    /// <summary>The offer's status as it is now, as the offer subscriber writes it after each change.</summary>
    private void RecordOffer(JobApplication application, Opening opening, Offer offer, DateTime at, DemoPerson actor)
    {
        var arguments = new TimelineArguments().With(OfferTimelineKinds.Status, offer.Status.ToString())
            .With(OfferTimelineKinds.Position, positions.GetValueOrDefault(offer.PositionId));
        Record(application, opening, OfferTimelineKinds.Offer, at, actor, arguments, () => $"/recruitment/offers/{offer.Id}");
    }

    private TimelineArguments InterviewArguments(Interview interview, Opening opening) => new TimelineArguments()
        .With(InterviewTimelineKinds.Opening, opening.Title).With(InterviewTimelineKinds.StartsAt, interview.StartsAtUtc)
        .With(InterviewTimelineKinds.Interviewers, interview.Interviewers.Select(i => people[i.EmployeeId]).OrderBy(p => p.LastName).Select(p => p.Name));

    private void Record(JobApplication application, Opening opening, string kind, DateTime at, DemoPerson actor, TimelineArguments arguments, Func<string> link) =>
        _timeline.Add(() => new TimelineEntry
        {
            SubjectType = TimelineSubjects.Candidate, SubjectId = application.CandidateId, Kind = kind, OccurredAtUtc = at, Arguments = arguments,
            Audience = TimelineAudience.Hr, AudienceScope = OpeningAccess.TimelineScope(opening.Id), Link = link(),
            ActorEmployeeId = actor.Id, ActorName = actor.Name,
        });

    /// <summary>A moment the given share of the way from one time to another.</summary>
    private static DateTime Between(DateTime from, DateTime to, double share) => from.AddTicks((long)((to - from).Ticks * share));

    /// <summary>On the day of the given time, on the hour or the half hour during working hours.</summary>
    private DateTime Day(DateTime at) => DateTime.SpecifyKind(at.Date.AddHours(_random.Next(9, 17)).AddMinutes(_random.Next(2) * 30), DateTimeKind.Utc);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
