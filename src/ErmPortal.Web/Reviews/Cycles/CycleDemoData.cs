using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>
/// Review cycles with their reviews: the yearly cycles of the last three years, closed, each person's review final with
/// both sides' ratings and words, a calibrated rating and potential, and the skills to develop; and this year's cycle
/// running in its self-assessment phase. In it the demo employee has their self-assessment to write (a draft begun), most
/// of the demo manager's reports have handed theirs in and one manager assessment is drafted, so the manager has reviews
/// to write; HR has the cycle to follow, with people still to do their part.
/// Written with prepared inserts (<see cref="DemoRows"/>) through the reviews' own methods, so every review obeys the
/// phase rules; a fixed random seed gives the same history on every run.
/// </summary>
public class CycleDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    public const int YearsOfHistory = 3;
    private const int RandomSeed = 20261300;

    /// <summary>After the catalog (500): development needs are named as its courses name skills.</summary>
    public int Order => 600;

    private static readonly string[] WentWell =
    [
        "Delivered the main project of the year on time and helped two new colleagues settle in.",
        "Took ownership of our customer escalations and cut the response time noticeably.",
        "Kept the team's reporting running through a difficult quarter and improved how we plan.",
        "Learned a new area quickly and became the person others ask about it.",
    ];

    private static readonly string[] ToDevelop =
    [
        "I want to get better at presenting my work to a wider audience.",
        "Planning larger pieces of work so they do not slip at the end.",
        "Giving feedback to colleagues more directly and earlier.",
        "Deepening my technical skills in the tools the team relies on.",
    ];

    internal static readonly string[] Summaries =
    [
        "A solid year with clear contributions to the team's goals; dependable and well liked.",
        "An excellent year: raised the bar for the whole team and took on more than asked.",
        "A year of growth in a new role; some goals were late but the direction is right.",
        "Consistent, careful work; the next step is taking on more visible responsibility.",
    ];

    private static readonly string[] Strengths =
    [
        "Reliability, attention to detail and calm under pressure.",
        "Initiative and a strong sense of ownership.",
        "Collaboration across teams and clear communication.",
    ];

    private static readonly string[] Comments =
    [
        "Good progress here, with room to go further.",
        "Clearly met what we agreed.",
        "A real strength this year.",
        "Some good moments; not yet consistent.",
    ];

    internal sealed record Person(int Id, int? ManagerId, int DepartmentId, DateOnly HireDate, EmployeeStatus Status, DateOnly? LastDay);

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var today = clock.Today;
        var random = new Random(RandomSeed);
        var people = await db.Employees.AsNoTracking()
            .Select(e => new Person(e.Id, e.ManagerId, e.DepartmentId, e.HireDate, e.Status, e.LastDay)).ToListAsync(ct);
        var hr = (await DemoHistory.HrPeopleAsync(db, ct)).FirstOrDefault();
        var skills = await db.Set<CourseSkill>().Select(s => s.Name).Distinct().OrderBy(n => n).ToListAsync(ct);
        if (skills.Count == 0) skills = ["Communication", "Project management", "Public speaking"];
        var demoEmployee = await IdOfAsync("employee", ct);
        var demoManager = await IdOfAsync("manager", ct);

        using var rows = new DemoRows(db);
        for (var year = today.Year - YearsOfHistory; year < today.Year; year++)
        {
            var launched = new DateTime(year, 11, 15, 9, 0, 0, DateTimeKind.Utc);
            var closed = new DateTime(year + 1, 2, 20, 17, 0, 0, DateTimeKind.Utc);
            // Peers have given 360° feedback since last year's cycle (the 360° part of the module seeds it).
            var cycle = NewCycle($"Annual review {year}", year, launched, DateOnly.FromDateTime(launched), ReviewPhase.Closed, closed,
                withPeerFeedback: year == today.Year - 1);
            var competencies = Write(rows, cycle);
            var reviewed = people.Where(p => p.HireDate <= new DateOnly(year, 9, 30) && (p.LastDay is null || p.LastDay > DateOnly.FromDateTime(closed)));
            foreach (var person in reviewed)
                WriteReview(rows, FinishedReview(cycle, person, competencies, random, launched, hr, skills));
        }

        // Launched a fortnight ago: goal setting was due last week, the self-assessments are due in a week.
        var started = today.AddDays(-14);
        var current = NewCycle($"Annual review {today.Year}", today.Year, started.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), started,
            ReviewPhase.SelfAssessment, null, withPeerFeedback: true);
        var currentCompetencies = Write(rows, current);
        var demoTeam = people.Where(p => p.ManagerId == demoManager).Select(p => p.Id).ToHashSet();
        var draftedOne = false;
        foreach (var person in people.Where(p => p.Status != EmployeeStatus.Left && p.HireDate <= current.HiredOnOrBefore))
        {
            var review = NewReview(current, person);
            var submitsSelf = person.Id != demoEmployee && (demoTeam.Contains(person.Id) || random.NextDouble() < 0.45);
            if (person.Id == demoEmployee) review.SelfWentWell = WentWell[0];
            if (submitsSelf)
            {
                SelfAssess(review, currentCompetencies, random, started.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc).AddDays(random.Next(1, 13)));
                // One of the demo manager's reviews is begun (theirs to finish); a third of everyone else's too.
                var drafted = person.ManagerId is not null && (demoTeam.Contains(person.Id) ? !draftedOne : random.NextDouble() < 0.3);
                if (drafted)
                {
                    draftedOne |= demoTeam.Contains(person.Id);
                    review.ManagerSummary = Summaries[random.Next(Summaries.Length)];
                    review.ManagerRating = Rating(random);
                }
            }
            WriteReview(rows, review);
        }
    }

    private Task<int?> IdOfAsync(string account, CancellationToken ct) =>
        db.Employees.Where(e => e.WorkEmail == $"{account}@{OrganisationSeeder.DemoDomain}").Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);

    /// <summary>A yearly cycle for everyone hired by the end of September, with the default scale and competencies and a deadline a fortnight apart.</summary>
    internal static ReviewCycle NewCycle(string name, int year, DateTime launchedAtUtc, DateOnly launched, ReviewPhase phase, DateTime? closedAtUtc,
        bool withPeerFeedback = false)
    {
        var cycle = new ReviewCycle
        {
            Name = name, IncludesPeerFeedback = withPeerFeedback, PeriodStart = new DateOnly(year, 1, 1), PeriodEnd = new DateOnly(year, 12, 31), Scope = ReviewCycleScope.Everyone,
            HiredOnOrBefore = new DateOnly(year, 9, 30), CreatedAtUtc = launchedAtUtc.AddDays(-10),
            RatingLevels = ReviewCycle.DefaultScale.Select(l => new ReviewRatingLevel { Value = l.Value, Label = l.Label, GuidelinePercent = l.GuidelinePercent }).ToList(),
            Competencies = CycleForm.DefaultCompetencies.Select((c, i) => new ReviewCompetency { Name = c, SortOrder = i }).ToList(),
        };
        var phases = cycle.WorkingPhases.ToList();
        // Goal setting was due a week after launch; each later phase a fortnight after the one before.
        cycle.Deadlines = phases.Select((p, i) => new ReviewPhaseDeadline { Phase = p, DueOn = launched.AddDays(7 + 14 * i) }).ToList();
        cycle.StartAt(phase == ReviewPhase.Closed ? cycle.WorkingPhases.First() : phase, launchedAtUtc);
        if (closedAtUtc is { } closed) cycle.StartAt(ReviewPhase.Closed, closed);
        return cycle;
    }

    /// <summary>Writes the cycle and its parts; returns its competencies with their ids, for the ratings.</summary>
    internal static List<ReviewCompetency> Write(DemoRows rows, ReviewCycle cycle)
    {
        rows.Add(cycle);
        foreach (var level in cycle.RatingLevels) { level.CycleId = cycle.Id; rows.Add(level); }
        foreach (var competency in cycle.Competencies) { competency.CycleId = cycle.Id; rows.Add(competency); }
        foreach (var deadline in cycle.Deadlines) { deadline.CycleId = cycle.Id; rows.Add(deadline); }
        return cycle.Competencies;
    }

    internal static Review NewReview(ReviewCycle cycle, Person person) =>
        new() { CycleId = cycle.Id, EmployeeId = person.Id, ReviewerId = person.ManagerId, DepartmentId = person.DepartmentId };

    /// <summary>
    /// A past review gone through every phase: both assessments, calibration (one in eight ratings moved, with a reason;
    /// a potential for everyone), sharing, and acknowledgement; one in twenty formally disagreed first, and one in fifteen
    /// was never acknowledged and became final when the cycle closed. The head of the organisation has no reviewer: only
    /// their self-assessment is kept.
    /// </summary>
    private static Review FinishedReview(ReviewCycle cycle, Person person, List<ReviewCompetency> competencies, Random random, DateTime launched,
        DemoActor? hr, List<string> skills)
    {
        var review = NewReview(cycle, person);
        review.SelfToDevelop = ToDevelop[random.Next(ToDevelop.Length)];
        review.SelfSupportWanted = "Time for a course and a mentor from another team.";
        SelfAssess(review, competencies, random, launched.AddDays(random.Next(14, 28)));
        if (person.ManagerId is null) return review;

        review.ManagerSummary = Summaries[random.Next(Summaries.Length)];
        review.ManagerStrengths = Strengths[random.Next(Strengths.Length)];
        review.ManagerToDevelop = ToDevelop[random.Next(ToDevelop.Length)];
        review.ManagerRating = Rating(random);
        review.Ratings.AddRange(competencies.Select(c => new ReviewRating
            { Author = ReviewAuthor.Manager, CompetencyId = c.Id, Rating = Math.Clamp(review.ManagerRating.Value + random.Next(-1, 2), 1, 5), Comment = Comments[random.Next(Comments.Length)] }));
        review.DevelopmentNeeds.AddRange(skills.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(s => new ReviewDevelopmentNeed { Skill = s }));
        review.SubmitManagerAssessment(ReviewPhase.ManagerAssessment, launched.AddDays(random.Next(30, 42)));

        var moved = random.Next(8) == 0;
        var rating = moved ? Math.Clamp(review.FinalRating!.Value + (random.Next(2) == 0 ? -1 : 1), 1, 5) : review.FinalRating;
        review.Calibrate(rating, Potential(rating!.Value, random), moved ? "Brought in line with peers doing comparable work across departments." : null,
            hr?.EmployeeId, hr?.UserId ?? "demo", launched.AddDays(random.Next(44, 56)));
        var shared = launched.AddDays(random.Next(58, 70));
        review.Share(ReviewPhase.Sharing, shared);
        var roll = random.Next(100);
        if (roll < 5) review.Disagree("I think the rating does not reflect the second half of the year, when I led the migration.", shared.AddDays(2));
        if (roll < 93) review.Acknowledge(shared.AddDays(random.Next(2, 10)));
        else review.Finalize(cycle.ClosedAtUtc!.Value);
        return review;
    }

    internal static void SelfAssess(Review review, List<ReviewCompetency> competencies, Random random, DateTime at)
    {
        review.SelfWentWell = WentWell[random.Next(WentWell.Length)];
        review.SelfToDevelop ??= ToDevelop[random.Next(ToDevelop.Length)];
        review.Ratings.AddRange(competencies.Select(c => new ReviewRating
            { Author = ReviewAuthor.Employee, CompetencyId = c.Id, Rating = random.Next(3, 6), Comment = Comments[random.Next(Comments.Length)] }));
        review.SubmitSelfAssessment(ReviewPhase.SelfAssessment, at);
    }

    /// <summary>A manager's rating spread roughly as the default scale's guideline expects.</summary>
    internal static int Rating(Random random) => random.Next(100) switch { < 5 => 1, < 20 => 2, < 72 => 3, < 94 => 4, _ => 5 };

    /// <summary>Potential leaning with performance, as calibration tends to find it.</summary>
    internal static Potential Potential(int rating, Random random) =>
        (Potential)Math.Clamp((rating + 1) / 2 + random.Next(-1, 2), 1, 3);

    internal static void WriteReview(DemoRows rows, Review review)
    {
        review.TakeDomainEvents();
        rows.Add(review);
        foreach (var rating in review.Ratings) { rating.ReviewId = review.Id; rows.Add(rating); }
        foreach (var need in review.DevelopmentNeeds) { need.ReviewId = review.Id; rows.Add(need); }
        foreach (var adjustment in review.Adjustments) { adjustment.ReviewId = review.Id; rows.Add(adjustment); }
    }
}
