using Bogus;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>
/// Recruitment at volume, to measure the pipeline with as many candidates as a large organisation sees
/// (`seed --candidates M`, the setting `Seed:Candidates`: <see cref="Volume"/>; none unless asked for). One published opening of the demo
/// manager holds <see cref="BoardSize"/> applications spread over its stages, so its board has that many cards; the other
/// candidates applied over three years to openings of about <see cref="CandidatesPerOpening"/> candidates each, the older
/// ones closed with every application ended, the last few still open; one in ten applied to a second opening.
/// <para>
/// Written after every other module's demo data, so no other seeder works through them, with prepared inserts
/// (<see cref="DemoRows"/>) while the seed has SQLite's triggers suspended: the candidate search index is filled from
/// all of them when the triggers are made again. Names, emails, skills, sources, stages and dates come from a fixed
/// random seed and the day of the seed. No timeline entries, interviews or offers: the pages measured read none.
/// </para>
/// </summary>
public class CandidateVolumeData(ErmDbContext db, IClock clock, IConfiguration configuration) : IDemoDataSeeder
{
    /// <summary>At least 100: enough for the board's opening to hold some and the other openings the rest.</summary>
    public static readonly SeedVolume Volume = new("Candidates", 100);
    public const int BoardSize = 500;
    public const int CandidatesPerOpening = 250;
    /// <summary>What the requisitions of these openings give as their reason: how they are told apart from the demo's own.</summary>
    public const string Justification = "Hiring at volume: the team grows through the year.";

    private const int RandomSeed = 20261201;
    private static readonly StageKind[] Path = [StageKind.Screening, StageKind.Interview, StageKind.Offer];

    /// <summary>Where the board's cards stand, as shares of them: most still early, some turned down, a few withdrawn.</summary>
    private static readonly (StageKind Reached, StageKind? Ended, double Share)[] BoardSpread =
    [
        (StageKind.Applied, null, 0.40), (StageKind.Screening, null, 0.25), (StageKind.Interview, null, 0.15), (StageKind.Offer, null, 0.05),
        (StageKind.Screening, StageKind.Rejected, 0.12), (StageKind.Applied, StageKind.Withdrawn, 0.03),
    ];

    private static readonly (CandidateSource Source, float Weight)[] Sources =
    [
        (CandidateSource.CareersPage, 0.34f), (CandidateSource.LinkedIn, 0.24f), (CandidateSource.JobBoard, 0.16f),
        (CandidateSource.Referral, 0.12f), (CandidateSource.Agency, 0.08f), (CandidateSource.Event, 0.06f),
    ];

    private static readonly string[] Skills = ["SQL", "Excel", "Python", "C#", "Java", "TypeScript", "Negotiation", "Customer care",
        "Project management", "German", "Spanish", "French", "Accounting", "Figma", "Public speaking", "Data analysis", "Recruiting",
        "Logistics", "Copywriting", "SEO", "Kubernetes", "Budgeting", "Sales", "Leadership", "Testing"];

    private static readonly string[] RejectionReasons =
    [
        "Other candidates matched the requirements more closely.",
        "The experience does not yet match what the role needs.",
        "The salary expectations are above what the role can offer.",
    ];

    private static readonly string[] EmailDomains = ["example.com", "example.org", "mail.example", "post.example"];

    /// <summary>After every other module's demo data; before the team counts, which read only employees.</summary>
    public int Order => 900;

    public IReadOnlyList<SeedVolume> Volumes => [Volume];

    /// <summary>The board's cards for a number of candidates: <see cref="BoardSize"/>, or half of them when there are fewer than twice that.</summary>
    public static int OnBoard(int candidates) => Math.Min(BoardSize, candidates / 2);

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var count = Volume.Read(configuration);
        if (count <= 0) return;
        var hr = await db.Users.Where(u => u.Email == $"hr@{OrganisationSeeder.DemoDomain}").Select(u => u.Id).FirstAsync(cancellationToken);
        // The demo manager first: the board is theirs, so it can be opened as its hiring manager too.
        var managers = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && e.DirectReports.Any())
            .OrderBy(e => e.WorkEmail != $"manager@{OrganisationSeeder.DemoDomain}").ThenBy(e => e.Id).Take(20)
            .Select(e => new Manager(e.Id, e.DepartmentId, e.LocationId,
                e.DirectReports.OrderBy(r => r.Id).Select(r => r.PositionId).First(), e.DirectReports.OrderBy(r => r.Id).Select(r => r.Position.Title).First()))
            .ToListAsync(cancellationToken);
        var faker = new Faker("en") { Random = new Randomizer(RandomSeed) };
        var now = clock.UtcNow;
        var onBoard = OnBoard(count);

        // The board's opening has been open two months; the others opened one after another over three years.
        var board = await OpenAsync(managers[0], hr, now.AddDays(-60), now, "SQL, Excel, Customer care", cancellationToken);
        var others = Math.Max(2, (count - onBoard) / CandidatesPerOpening);
        var openings = new List<Opening>();
        for (var k = 0; k < others; k++)
            openings.Add(await OpenAsync(managers[(k + 1) % managers.Count], hr, now.AddDays(-1095 + 1050.0 * k / others), now,
                string.Join(", ", faker.PickRandom(Skills, 3)), cancellationToken));

        var candidates = new List<Candidate>(count);
        var applications = new List<JobApplication>((int)(count * 1.1));
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var spread = BoardSpread.SelectMany(s => Enumerable.Repeat(s, (int)(s.Share * onBoard))).ToList();
        spread.InsertRange(0, Enumerable.Repeat(BoardSpread[0], onBoard - spread.Count));
        foreach (var (reached, ended, _) in spread)
        {
            var at = board.PublishedAtUtc!.Value.AddHours(faker.Random.Int(1, 24 * 30));
            var candidate = NewCandidate(faker, emails, at);
            candidates.Add(candidate);
            applications.Add(Take(faker, board, candidate, at, reached, ended, board.PublishedAtUtc.Value.AddDays(59)));
        }
        for (var i = onBoard; i < count; i++)
        {
            var opening = openings[(i - onBoard) % openings.Count];
            var at = Arrival(faker, opening, now);
            var candidate = NewCandidate(faker, emails, at);
            candidates.Add(candidate);
            applications.Add(Pass(faker, opening, candidate, at, now));
            if (faker.Random.Bool(0.1f))
            {
                var second = openings[(i - onBoard + 1 + faker.Random.Int(0, openings.Count - 2)) % openings.Count];
                var other = Arrival(faker, second, now);
                if (other < candidate.CreatedAtUtc) candidate.CreatedAtUtc = other;
                applications.Add(Pass(faker, second, candidate, other, now));
            }
        }

        // The older openings filled their place and closed once their last candidate heard back.
        foreach (var opening in openings.Where(o => o.PublishedAtUtc < now.AddDays(-120)))
        {
            var mine = applications.Where(a => a.OpeningId == opening.Id).ToList();
            var hire = mine.Where(a => a.Stage.Kind == StageKind.Offer).MinBy(a => a.StageEnteredAtUtc);
            if (hire is not null)
            {
                hire.MarkHired(StageOf(opening, StageKind.Hired), hire.StageEnteredAtUtc.AddDays(faker.Random.Int(2, 9)));
                opening.Requisition.RecordHire(hire.StageEnteredAtUtc);
            }
            var closed = mine.Select(a => a.StageEnteredAtUtc).DefaultIfEmpty(opening.PublishedAtUtc!.Value).Max().AddDays(1);
            foreach (var open in mine.Where(a => a.IsActive))
                open.MoveTo(StageOf(opening, StageKind.Rejected), "Position filled.", closed);
            opening.Close(closed.AddDays(1));
        }
        foreach (var opening in openings.Append(board)) opening.TakeDomainEvents();
        await db.SaveChangesAsync(cancellationToken);

        using var rows = new DemoRows(db);
        rows.AddRange(candidates);
        foreach (var application in applications)
        {
            application.CandidateId = application.Candidate.Id;
            rows.Add(application);
            foreach (var visit in application.StageVisits) visit.ApplicationId = application.Id;
            rows.AddRange(application.StageVisits);
        }
    }

    private sealed record Manager(int Id, int DepartmentId, int LocationId, int PositionId, string Title);

    /// <summary>A requisition of the manager's approved by HR and its opening, published on the day given.</summary>
    private async Task<Opening> OpenAsync(Manager manager, string hr, DateTime published, DateTime now, string requiredSkills, CancellationToken cancellationToken)
    {
        var requisition = new Requisition
        {
            PositionId = manager.PositionId, DepartmentId = manager.DepartmentId, LocationId = manager.LocationId,
            Reason = RequisitionReason.NewRole, SalaryFrom = 38_000m, SalaryTo = 52_000m, Currency = "EUR",
            TargetStartDate = DateOnly.FromDateTime(published.AddDays(90)), RequestedById = manager.Id, Justification = Justification,
        };
        requisition.Submit(published.AddDays(-10));
        requisition.Approve(hr, null, published.AddDays(-5));
        var opening = Opening.FromRequisition(requisition, manager.Title, manager.Id, published.AddDays(-2));
        opening.EmploymentType = EmploymentType.FullTime;
        opening.RequiredSkills = requiredSkills;
        opening.DescriptionHtml = "<p>Join a team that grows through the year and takes its new people seriously.</p>";
        opening.Publish(published > now ? now : published);
        opening.TakeDomainEvents();
        requisition.TakeDomainEvents();
        db.Add(opening);
        await db.SaveChangesAsync(cancellationToken);
        return opening;
    }

    private static Candidate NewCandidate(Faker faker, HashSet<string> emails, DateTime at)
    {
        var (first, last) = (faker.Name.FirstName(), faker.Name.LastName());
        var local = new string($"{first}.{last}".ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').ToArray());
        var domain = faker.PickRandom(EmailDomains);
        var email = $"{local}@{domain}";
        for (var n = 2; !emails.Add(email); n++) email = $"{local}{n}@{domain}";
        var candidate = Candidate.Create(first, last, email, at);
        candidate.Phone = faker.Phone.PhoneNumber("+39 0## ### ####");
        candidate.Skills = string.Join(", ", faker.PickRandom(Skills, faker.Random.Int(2, 5)));
        if (faker.Random.Bool(0.4f)) candidate.TalentPoolConsentAtUtc = at;
        return candidate;
    }

    /// <summary>Within six weeks of the opening's publication, and never after today.</summary>
    private static DateTime Arrival(Faker faker, Opening opening, DateTime now)
    {
        var published = opening.PublishedAtUtc!.Value;
        var hours = (int)Math.Min(24 * 42, (now - published).TotalHours - 1);
        return published.AddHours(faker.Random.Int(1, Math.Max(1, hours)));
    }

    /// <summary>An application to one of the other openings: how far it went, and whether it ended there, drawn as the stages thin out.</summary>
    private static JobApplication Pass(Faker faker, Opening opening, Candidate candidate, DateTime at, DateTime now)
    {
        var reached = faker.Random.WeightedRandom([StageKind.Applied, StageKind.Screening, StageKind.Interview, StageKind.Offer], [0.4f, 0.3f, 0.2f, 0.1f]);
        var ended = faker.Random.WeightedRandom<StageKind?>([null, StageKind.Rejected, StageKind.Withdrawn], [0.6f, 0.35f, 0.05f]);
        return Take(faker, opening, candidate, at, reached, ended, now);
    }

    /// <summary>
    /// The application arrives and moves stage by stage, a few days each, to the stage reached, then ends there if it
    /// ended; it stops where it is when the next step would fall after <paramref name="until"/>.
    /// </summary>
    private static JobApplication Take(Faker faker, Opening opening, Candidate candidate, DateTime at, StageKind reached, StageKind? ended, DateTime until)
    {
        var source = faker.Random.WeightedRandom(Sources.Select(s => s.Source).ToArray(), Sources.Select(s => s.Weight).ToArray());
        var application = JobApplication.Receive(opening, StageOf(opening, StageKind.Applied), candidate, source, at);
        foreach (var kind in Path.TakeWhile(k => k <= reached))
        {
            at = at.AddDays(faker.Random.Int(1, 5)).AddHours(faker.Random.Int(0, 8));
            if (at > until) return Done(application);
            application.MoveTo(StageOf(opening, kind), null, at);
        }
        at = at.AddDays(faker.Random.Int(1, 5));
        if (ended == StageKind.Rejected && at <= until) application.MoveTo(StageOf(opening, StageKind.Rejected), faker.PickRandom(RejectionReasons), at);
        if (ended == StageKind.Withdrawn && at <= until) application.Withdraw(StageOf(opening, StageKind.Withdrawn), "I accepted another offer.", at);
        return Done(application);
    }

    private static JobApplication Done(JobApplication application)
    {
        application.TakeDomainEvents();
        return application;
    }

    private static OpeningStage StageOf(Opening opening, StageKind kind) => opening.Stages.First(s => s.Kind == kind);
}
