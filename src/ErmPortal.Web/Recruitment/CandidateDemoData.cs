using Bogus;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Recruitment.Pipeline;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>
/// Three years of hiring, so the pipeline and its figures have something to show: openings filled and closed over
/// that time, a few hundred candidates from the usual sources who went through the stages at a realistic pace (some
/// hired, most rejected along the way, a few withdrawing), and fresh candidates in every opening published today.
/// Referrals convert better than job boards, as they do in most organisations. Those who reached an interview or an
/// offer have them (<see cref="CandidateDemoStory"/>), and the demo manager and their colleague have interviews to come.
/// </summary>
public class CandidateDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    private const int PastOpenings = 14;
    private static readonly StageKind[] Path = [StageKind.Applied, StageKind.Screening, StageKind.Interview, StageKind.Offer, StageKind.Hired];

    /// <summary>Where candidates come from, and how often.</summary>
    private static readonly (CandidateSource Source, int Weight, double Quality)[] Sources =
    [
        (CandidateSource.CareersPage, 34, 1.0), (CandidateSource.LinkedIn, 24, 1.0), (CandidateSource.JobBoard, 16, 0.8),
        (CandidateSource.Referral, 12, 1.4), (CandidateSource.Agency, 8, 1.1), (CandidateSource.Event, 6, 0.9),
    ];  // The weights add up to 100.

    private static readonly string[] RejectionReasons =
    [
        "Other candidates matched the requirements more closely.",
        "The experience does not yet match what the role needs.",
        "The salary expectations are above what the role can offer.",
        "Position filled.",
    ];

    private static readonly string[] Skills = ["SQL", "Excel", "Python", "C#", "Negotiation", "Customer care", "Project management",
        "German", "Spanish", "Accounting", "Figma", "Public speaking", "Data analysis", "Recruiting", "Logistics"];

    // After the openings of today's requisitions are made.
    public int Order => 400;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var hr = await db.Users.Where(u => u.Email == $"hr@{OrganisationSeeder.DemoDomain}").Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        var managers = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && e.DirectReports.Any()).OrderBy(e => e.Id).Take(8)
            .Select(e => new { e.Id, e.DepartmentId, e.LocationId, PositionId = e.DirectReports.OrderBy(r => r.Id).Select(r => r.PositionId).First(),
                Title = e.DirectReports.OrderBy(r => r.Id).Select(r => r.Position.Title).First(),
                Interviewers = e.DirectReports.Where(r => r.Status == EmployeeStatus.Active).OrderBy(r => r.Id).Select(r => r.Id).Take(2).ToList() })
            .ToListAsync(cancellationToken);
        if (hr is null || managers.Count == 0) return;
        var faker = new Faker("en") { Random = new Randomizer(20261130) };
        var emails = new HashSet<string>();
        var now = clock.UtcNow;
        var signIns = await DemoEmployeesAsync(cancellationToken);
        var story = await StoryAsync(managers.SelectMany(m => m.Interviewers.Append(m.Id)), signIns, hr, now, cancellationToken);
        // The demo sign-ins keep their own story: none of them is made someone's hire.
        var colleaguesHired = new HashSet<int> { signIns.Manager, signIns.Employee, signIns.Hr };

        // Openings filled over the last three years, one every ten weeks or so.
        for (var k = 0; k < PastOpenings; k++)
        {
            var manager = managers[k % managers.Count];
            var opened = now.AddDays(-1095 + k * 75 + faker.Random.Int(0, 20));
            var requisition = new Requisition
            {
                PositionId = manager.PositionId, DepartmentId = manager.DepartmentId, LocationId = manager.LocationId,
                Reason = k % 3 == 0 ? RequisitionReason.Replacement : RequisitionReason.NewRole, Headcount = 1 + k % 2,
                SalaryFrom = 36_000m + 2_000m * (k % 5), SalaryTo = 48_000m + 2_000m * (k % 5), Currency = "EUR",
                TargetStartDate = DateOnly.FromDateTime(opened.AddDays(75)), RequestedById = manager.Id,
            };
            requisition.Submit(opened.AddDays(-12));
            requisition.Approve(hr, null, opened.AddDays(-8));
            var opening = Opening.FromRequisition(requisition, manager.Title, manager.Id, opened.AddDays(-6));
            opening.EmploymentType = EmploymentType.FullTime;
            opening.DescriptionHtml = "<p>Join a team that works well together and grows its people.</p>";
            opening.SetInterviewers(manager.Interviewers);
            opening.Publish(opened);
            db.Add(opening);
            await db.SaveChangesAsync(cancellationToken);

            var hires = 0;
            var lastEvent = opened;
            var applications = new List<JobApplication>();
            foreach (var arrival in Enumerable.Range(0, faker.Random.Int(18, 34)).Select(_ => opened.AddHours(faker.Random.Int(2, 24 * 42))).Order())
            {
                var application = Apply(faker, emails, opening, arrival);
                lastEvent = Max(lastEvent, Progress(faker, story, application, opening, now, canHire: () => hires < requisition.Headcount, hired: () => hires++));
                applications.Add(application);
            }
            // The places are filled: whoever is still in the running hears so, and the opening closes.
            var closed = Max(lastEvent, opened.AddDays(30)).AddDays(1);
            foreach (var open in applications.Where(a => a.IsActive))
            {
                story.Leaving(open, opening, closed, DemoOutcome.PlaceFilled);
                open.MoveTo(StageOf(opening, StageKind.Rejected), RejectionReasons[^1], closed);
            }
            opening.Close(closed);
            foreach (var hire in applications.Where(a => a.Stage.Kind == StageKind.Hired))
                await LinkToColleagueAsync(hire, manager.DepartmentId, emails, colleaguesHired, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await RecordTimelinesAsync(opening, applications, story, cancellationToken);
            // Done with: each save looks through everything tracked, which would otherwise grow with every opening.
            db.ChangeTracker.Clear();
        }

        // Today's published openings get candidates who are still on their way. The demo manager's colleague interviews
        // for the openings the demo manager hires for, so both find interviews to come when they sign in.
        var current = await db.Set<Opening>().Include(o => o.Stages).Include(o => o.Interviewers).Include(o => o.Requisition)
            .Where(o => o.Status == OpeningStatus.Published).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        foreach (var opening in current)
        {
            var demoPanel = opening.HiringManagerId == signIns.Manager ? (IReadOnlyList<int>)[signIns.Manager, signIns.Employee] : [];
            opening.SetInterviewers(opening.Interviewers.Select(i => i.EmployeeId).Concat(demoPanel.Where(id => id != opening.HiringManagerId)));
            var applications = new List<JobApplication>();
            foreach (var arrival in Enumerable.Range(0, faker.Random.Int(8, 16)).Select(_ => now.AddHours(-faker.Random.Int(4, 24 * 30))).Order())
            {
                var application = Apply(faker, emails, opening, arrival);
                Progress(faker, story, application, opening, now, canHire: () => false, hired: () => { });
                if (application.IsActive) story.Waiting(application, opening, demoPanel);
                applications.Add(application);
            }
            await db.SaveChangesAsync(cancellationToken);
            await RecordTimelinesAsync(opening, applications, story, cancellationToken);
        }

        // A candidate close to the end in each opening open to everyone, so every state of an offer still in play is shown:
        // one waiting for HR to approve pay above the range, one with the candidate, one still a draft.
        OfferStatus[] offerStates = [OfferStatus.PendingApproval, OfferStatus.Sent, OfferStatus.Draft];
        var forEveryone = current.Where(o => o.Audience == OpeningAudience.Everyone).ToList();
        for (var i = 0; i < offerStates.Length && forEveryone.Count > 0; i++)
        {
            var opening = forEveryone[i % forEveryone.Count];
            var finalist = Apply(faker, emails, opening, now.AddDays(-34 + i).AddHours(-faker.Random.Int(0, 8)));
            foreach (var (kind, daysAgo) in new[] { (StageKind.Screening, 30), (StageKind.Interview, 25), (StageKind.Offer, 8 - i) })
            {
                var at = now.AddDays(-daysAgo + i).AddHours(-faker.Random.Int(0, 8));
                story.Leaving(finalist, opening, at, DemoOutcome.MovedOn);
                finalist.MoveTo(StageOf(opening, kind), null, at);
            }
            story.Waiting(finalist, opening, [], offerStates[i]);
            await db.SaveChangesAsync(cancellationToken);
            await RecordTimelinesAsync(opening, [finalist], story, cancellationToken);
        }
    }

    /// <summary>The story of interviews and offers, with the names of everyone who may take part in it.</summary>
    private async Task<CandidateDemoStory> StoryAsync(IEnumerable<int> pastTeams, (int Manager, int Employee, int Hr) signIns, string hrUserId,
        DateTime now, CancellationToken cancellationToken)
    {
        var ids = pastTeams.Concat([signIns.Manager, signIns.Employee, signIns.Hr])
            .Concat(await db.Set<Opening>().Select(o => o.HiringManagerId).ToListAsync(cancellationToken))
            .Concat(await db.Set<OpeningInterviewer>().Select(i => i.EmployeeId).ToListAsync(cancellationToken))
            .Distinct().ToList();
        var people = await db.Employees.Where(e => ids.Contains(e.Id))
            .Select(e => new DemoPerson(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.LegalLastName, e.UserId))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var positions = await db.Positions.ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        return new CandidateDemoStory(db, people, positions, people[signIns.Hr] with { UserId = hrUserId },
            [signIns.Manager, signIns.Employee, signIns.Hr], now);
    }

    private async Task<(int Manager, int Employee, int Hr)> DemoEmployeesAsync(CancellationToken cancellationToken)
    {
        string[] emails = [$"manager@{OrganisationSeeder.DemoDomain}", $"employee@{OrganisationSeeder.DemoDomain}", $"hr@{OrganisationSeeder.DemoDomain}"];
        var found = await db.Employees.Where(e => emails.Contains(e.WorkEmail)).ToDictionaryAsync(e => e.WorkEmail, e => e.Id, cancellationToken);
        return (found[emails[0]], found[emails[1]], found[emails[2]]);
    }

    /// <summary>
    /// A past hire works here now: the candidate becomes the colleague who joined the department soonest after the offer
    /// was accepted (one not already someone's hire), linked to their employee record with the offer marked hired, as the
    /// hire command leaves them; HR finds the candidate record from the colleague's profile. None joined then: left unlinked.
    /// </summary>
    private async Task LinkToColleagueAsync(JobApplication hire, int departmentId, HashSet<string> emails, HashSet<int> colleaguesHired,
        CancellationToken cancellationToken)
    {
        var accepted = DateOnly.FromDateTime(hire.StageEnteredAtUtc);
        var colleague = await db.Employees
            .Where(e => e.DepartmentId == departmentId && e.HireDate >= accepted && e.HireDate <= accepted.AddDays(120) && !colleaguesHired.Contains(e.Id))
            .OrderBy(e => e.HireDate).ThenBy(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        var offer = db.Set<Offer>().Local.FirstOrDefault(o => o.Application == hire && o.Status == OfferStatus.Accepted);
        if (colleague is null || offer is null || !emails.Add((colleague.PersonalEmail ?? colleague.WorkEmail).ToLowerInvariant())) return;
        colleaguesHired.Add(colleague.Id);
        var candidate = hire.Candidate;
        (candidate.FirstName, candidate.LastName, candidate.EmployeeId) = (colleague.LegalFirstName, colleague.LegalLastName, colleague.Id);
        candidate.SetEmail(colleague.PersonalEmail ?? colleague.WorkEmail);
        offer.MarkHired(colleague, candidate, transfer: false, hire.StageEnteredAtUtc);
    }

    private JobApplication Apply(Faker faker, HashSet<string> emails, Opening opening, DateTime at)
    {
        var (first, last) = (faker.Name.FirstName(), faker.Name.LastName());
        var email = faker.Internet.Email(first, last, "example.net").ToLowerInvariant();
        while (!emails.Add(email)) email = faker.Internet.Email(first, last, "example.net", faker.Random.Int(2, 999).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToLowerInvariant();
        var candidate = Candidate.Create(first, last, email, at);
        candidate.Phone = faker.Phone.PhoneNumber("+39 0## ### ####");
        candidate.Skills = string.Join(", ", faker.PickRandom(Skills, faker.Random.Int(2, 5)));
        if (faker.Random.Bool(0.45f)) candidate.TalentPoolConsentAtUtc = at;
        // Bogus wants the weights as shares of one.
        var source = faker.Random.WeightedRandom(Sources.Select(s => s.Source).ToArray(), Sources.Select(s => s.Weight / 100f).ToArray());
        var application = JobApplication.Receive(opening, StageOf(opening, StageKind.Applied), candidate, source, at);
        db.Add(application);
        return application;
    }

    /// <summary>
    /// Takes an application through the stages until it is rejected, withdrawn, hired or reaches today; returns when
    /// it last moved. Each step takes days to a few weeks, and fewer candidates pass each later stage.
    /// </summary>
    private static DateTime Progress(Faker faker, CandidateDemoStory story, JobApplication application, Opening opening, DateTime now,
        Func<bool> canHire, Action hired)
    {
        var quality = Sources.First(s => s.Source == application.Source).Quality;
        var at = application.AppliedAtUtc;
        for (var step = 1; step < Path.Length; step++)
        {
            var (pass, days) = Path[step] switch
            {
                StageKind.Screening => (0.55, faker.Random.Int(1, 6)),
                StageKind.Interview => (0.45, faker.Random.Int(3, 10)),
                StageKind.Offer => (0.4, faker.Random.Int(5, 16)),
                _ => (0.8, faker.Random.Int(2, 9)),
            };
            var next = at.AddDays(days).AddHours(faker.Random.Int(0, 8));
            if (next > now) return at;
            at = next;
            if (faker.Random.Double() < 0.05)
            {
                const string reason = "I accepted another offer.";
                story.Leaving(application, opening, at, DemoOutcome.Withdrew, reason);
                application.Withdraw(StageOf(opening, StageKind.Withdrawn), reason, at);
                return at;
            }
            var passes = faker.Random.Double() < Math.Min(0.95, pass * quality);
            if (Path[step] == StageKind.Hired)
            {
                // At the offer: accepted while there is a place, turned down otherwise or by the candidate.
                if (!passes)
                {
                    var reason = story.DeclineReason();
                    story.Leaving(application, opening, at, DemoOutcome.Withdrew, reason);
                    application.Withdraw(StageOf(opening, StageKind.Withdrawn), reason, at);
                }
                else if (canHire())
                {
                    story.Leaving(application, opening, at, DemoOutcome.Hired);
                    application.MarkHired(StageOf(opening, StageKind.Hired), at);
                    hired();
                }
                else
                {
                    story.Leaving(application, opening, at, DemoOutcome.PlaceFilled);
                    application.MoveTo(StageOf(opening, StageKind.Rejected), RejectionReasons[^1], at);
                }
                return at;
            }
            if (!passes)
            {
                story.Leaving(application, opening, at, DemoOutcome.Rejected);
                application.MoveTo(StageOf(opening, StageKind.Rejected), faker.PickRandom(RejectionReasons[..^1]), at);
                return at;
            }
            story.Leaving(application, opening, at, DemoOutcome.MovedOn);
            application.MoveTo(StageOf(opening, Path[step]), null, at);
        }
        return at;
    }

    /// <summary>
    /// What the pipeline's timeline subscriber writes when it happens for real (seeding publishes no events): the
    /// application, then each move with the reason it ended on, readable by HR and the opening's hiring team.
    /// </summary>
    private async Task RecordTimelinesAsync(Opening opening, List<JobApplication> applications, CandidateDemoStory story, CancellationToken cancellationToken)
    {
        TimelineEntry Entry(JobApplication a, string kind, DateTime at, TimelineArguments arguments) => new()
        {
            SubjectType = TimelineSubjects.Candidate, SubjectId = a.CandidateId, Kind = kind, OccurredAtUtc = at,
            Arguments = arguments.With(PipelineTimelineKinds.OpeningId, opening.Id).With(PipelineTimelineKinds.Opening, opening.Title),
            Audience = TimelineAudience.Hr, AudienceScope = OpeningAccess.TimelineScope(opening.Id), Link = PipelineTimelineKinds.LinkTo(a),
        };
        foreach (var application in applications)
        {
            var visits = application.StageVisits.OrderBy(v => v.EnteredAtUtc).ToList();
            db.Add(Entry(application, PipelineTimelineKinds.Applied, application.AppliedAtUtc,
                new TimelineArguments().With(PipelineTimelineKinds.Source, application.Source.ToString())));
            foreach (var (from, to) in visits.Zip(visits.Skip(1)))
                db.Add(Entry(application, PipelineTimelineKinds.Moved, to.EnteredAtUtc, new TimelineArguments()
                    .With(PipelineTimelineKinds.From, from.Stage.Name).With(PipelineTimelineKinds.To, to.Stage.Name)
                    .With(PipelineTimelineKinds.ToKind, to.Stage.Kind.ToString())
                    .With(PipelineTimelineKinds.Reason, to == visits[^1] ? application.OutcomeReason : null)));
        }
        story.AfterSave();
        await db.SaveChangesAsync(cancellationToken);
    }

    private static OpeningStage StageOf(Opening opening, StageKind kind) => opening.Stages.First(s => s.Kind == kind);

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
