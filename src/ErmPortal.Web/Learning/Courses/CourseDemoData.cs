using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Courses;

/// <summary>
/// The catalog a demo organisation starts with: about twenty-five internal and external courses teaching the skills the
/// demo people list, a yearly code of conduct every position must take and a few more mandatory courses, and sessions
/// over the last three years and the coming three months, in the offices' own time zones.
/// </summary>
public class CourseDemoData(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    /// <summary>After the organisation, recruitment and onboarding (up to 470).</summary>
    public int Order => 500;

    private record Demo(string Title, string Provider, bool Internal, CourseFormat Format, decimal Hours, decimal Cost, string[] Skills, string Description,
        string? Prerequisites = null, string? TrainerFamily = null);

    private static readonly Demo[] Courses =
    [
        new("Code of conduct", "People team", true, CourseFormat.Online, 1, 0, [],
            "How we work together: integrity, conflicts of interest, gifts, speaking up and where to ask. Every colleague takes it when they join and once a year."),
        new("Data protection essentials", "Legal and compliance", true, CourseFormat.Online, 2, 0, ["Security"],
            "Personal data at work: what counts as personal data, lawful use, retention, and what to do when something goes wrong."),
        new("First aid at work", "Red Cross training", false, CourseFormat.Classroom, 12, 240, [],
            "Certified two-day first aid: emergency action, resuscitation, defibrillator use, common injuries. Renewed every three years."),
        new("Fire warden training", "SafeSite Academy", false, CourseFormat.Classroom, 4, 120, ["Facilities"],
            "The fire warden's role in an evacuation, extinguisher types and a practical drill."),
        new("Leadership basics", "People team", true, CourseFormat.Classroom, 16, 0, ["Coaching", "Strategy"],
            "For new leads: setting goals, giving feedback, running one-to-ones and delegating well.", TrainerFamily: "Human Resources"),
        new("Coaching conversations", "People team", true, CourseFormat.Classroom, 8, 0, ["Coaching"],
            "The GROW model in practice, with role play in pairs.", "Leadership basics", "Human Resources"),
        new("Excel for analysis", "DataWise Learning", false, CourseFormat.Online, 10, 180, ["Excel modelling", "Budgeting"],
            "Tables, pivot tables, lookups and charts for everyday analysis."),
        new("Financial modelling in Excel", "DataWise Learning", false, CourseFormat.Classroom, 14, 650, ["Excel modelling", "Forecasting"],
            "Three-statement models, scenarios and sensitivity tables.", "Excel for analysis"),
        new("SQL for everyone", "Engineering academy", true, CourseFormat.Online, 6, 0, ["SQL", "Analytics"],
            "Reading data with SELECT, filters, joins and grouping, on the company's reporting database.", TrainerFamily: "Engineering"),
        new("Advanced SQL and query tuning", "Engineering academy", true, CourseFormat.Classroom, 8, 0, ["SQL", "System design"],
            "Indexes, query plans, window functions and transactions.", "SQL for everyone", "Engineering"),
        new("C# fundamentals", "Engineering academy", true, CourseFormat.Classroom, 24, 0, ["C#", "Testing"],
            "Types, collections, LINQ, async and unit tests in modern C#.", TrainerFamily: "Engineering"),
        new("Cloud security fundamentals", "CloudSec Institute", false, CourseFormat.Online, 16, 890, ["Security", "Kubernetes"],
            "Identity, secrets, network boundaries and hardening workloads in the public cloud.", "Some experience deploying services"),
        new("Kubernetes in production", "CloudSec Institute", false, CourseFormat.Classroom, 21, 1450, ["Kubernetes", "Observability"],
            "Running, scaling and observing services on Kubernetes.", "Cloud security fundamentals"),
        new("TypeScript for backend developers", "Engineering academy", true, CourseFormat.OnTheJob, 20, 0, ["TypeScript"],
            "Pair with a front-end team for two weeks and ship a feature together.", TrainerFamily: "Engineering"),
        new("Negotiation skills", "Harbour Business School", false, CourseFormat.Classroom, 14, 1200, ["Negotiation", "Account planning"],
            "Preparing, anchoring, trading concessions and closing, with recorded practice rounds."),
        new("Public speaking with confidence", "Toastmasters Milan", false, CourseFormat.Classroom, 6, 150, ["Public speaking"],
            "Structure a talk, handle nerves and questions, with video feedback."),
        new("CRM best practice", "Sales operations", true, CourseFormat.Online, 3, 0, ["CRM", "Forecasting"],
            "Keeping pipelines honest: stages, next steps and forecast categories in our CRM.", TrainerFamily: "Sales"),
        new("SEO and content strategy", "Digital Marketing Institute", false, CourseFormat.Online, 12, 420, ["SEO", "Copywriting"],
            "Search intent, on-page optimisation and measuring content."),
        new("Marketing analytics", "Digital Marketing Institute", false, CourseFormat.Online, 10, 380, ["Analytics", "SEO"],
            "Attribution, funnels and dashboards for campaigns."),
        new("IFRS update", "Accountancy Europe", false, CourseFormat.Online, 8, 520, ["IFRS", "Audit"],
            "This year's changes to the standards and what they mean for our reporting."),
        new("Employment law update", "Legal and compliance", true, CourseFormat.Classroom, 4, 0, ["Employment law"],
            "Recent rulings and changes in each country we employ people in.", TrainerFamily: "Human Resources"),
        new("Lean fundamentals", "Operations excellence", true, CourseFormat.OnTheJob, 16, 0, ["Lean", "Project management"],
            "Map a real process of your team, remove waste and measure the result with a coach.", TrainerFamily: "Operations"),
        new("Project management essentials", "PM Academy", false, CourseFormat.Classroom, 21, 990, ["Project management", "Vendor management"],
            "Scope, plan, risks and stakeholders, with a case study."),
        new("Unconscious bias in hiring", "People team", true, CourseFormat.Online, 2, 0, ["Recruiting"],
            "How bias creeps into interviews and scorecards, and structured ways to keep it out.", TrainerFamily: "Human Resources"),
        new("Written communication", "Plain Words", false, CourseFormat.Online, 5, 200, ["Copywriting"],
            "Clear emails, documents and summaries for busy readers."),
    ];

    private static readonly string[] OutsideTrainers = ["Giulia Ferri", "Tom Aldridge", "Katrin Vogel", "Li Wei", "Samuel Okafor", "Marta Ruiz"];

    private static readonly (string Place, string Zone)[] Offices =
        [("Milan HQ, room Volta", "Europe/Rome"), ("London office, Thames room", "Europe/London"), ("Berlin office, Spree room", "Europe/Berlin")];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var random = new Random(500);
        var now = clock.UtcNow;
        var positions = await db.Positions.Select(p => new { p.Id, p.JobFamily, p.Level }).ToListAsync(ct);
        var trainers = (await db.Employees.Where(e => e.Status == EmployeeStatus.Active && e.Position.Level >= 4)
                .Select(e => new { e.Id, e.Department.JobFamily }).ToListAsync(ct))
            .ToLookup(e => e.JobFamily, e => e.Id);

        foreach (var demo in Courses)
        {
            var course = new Course
            {
                Title = demo.Title, Provider = demo.Provider, IsInternal = demo.Internal, Format = demo.Format, Hours = demo.Hours, Cost = demo.Cost,
                Description = demo.Description, Prerequisites = demo.Prerequisites, CreatedAtUtc = now.AddYears(-3).AddDays(-90),
            };
            course.ReplaceSkills(demo.Skills);
            course.MandatoryRules.AddRange(RulesFor(demo.Title, p => positions.Where(x => p(x.JobFamily, x.Level)).Select(x => x.Id)));
            foreach (var rule in course.MandatoryRules) rule.StartsOn = DateOnly.FromDateTime(course.CreatedAtUtc);
            var trainerIds = demo.TrainerFamily is null ? [] : trainers[demo.TrainerFamily].ToList();
            course.Sessions.AddRange(Sessions(demo, now, random, trainerIds));
            db.Add(course);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The code of conduct and data protection for everyone; first aid in operations; leadership for leads and heads; cloud security for engineers.</summary>
    private static IEnumerable<MandatoryRule> RulesFor(string title, Func<Func<string, int, bool>, IEnumerable<int>> positions) => title switch
    {
        "Code of conduct" => [new MandatoryRule { WithinDaysOfHire = 30, RenewEveryMonths = 12 }],
        "Data protection essentials" => [new MandatoryRule { WithinDaysOfHire = 60, RenewEveryMonths = 24 }],
        "First aid at work" => positions((family, _) => family == "Operations").Select(id => new MandatoryRule { PositionId = id, WithinDaysOfHire = 180, RenewEveryMonths = 36 }),
        "Leadership basics" => positions((_, level) => level >= 5).Select(id => new MandatoryRule { PositionId = id, WithinDaysOfHire = 120 }),
        "Cloud security fundamentals" => positions((family, _) => family == "Engineering").Select(id => new MandatoryRule { PositionId = id, WithinDaysOfHire = 90, RenewEveryMonths = 24 }),
        _ => [],
    };

    /// <summary>
    /// Sessions every few months over three years and one or two in the coming three months; online courses run as
    /// cohorts with a video link, on-the-job ones at the team's desk. A few past ones were called off.
    /// </summary>
    private static IEnumerable<CourseSession> Sessions(Demo demo, DateTime now, Random random, IReadOnlyList<int> trainerIds)
    {
        var everyDays = demo.Format == CourseFormat.Online ? 75 : 110;
        var day = now.Date.AddYears(-3).AddDays(random.Next(0, everyDays));
        var horizon = now.Date.AddMonths(3);
        var upcoming = 0;
        while (day < horizon)
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(2);
            var (place, zoneId) = Offices[random.Next(Offices.Length)];
            var zone = Preferences.ViewerFormat.FindZone(zoneId) ?? TimeZoneInfo.Utc;
            var hours = (double)Math.Min(demo.Hours, 8);
            var days = demo.Format == CourseFormat.Classroom ? (int)Math.Ceiling((double)demo.Hours / 8) : 1;
            var startLocal = day.AddHours(9);
            var endLocal = day.AddDays(days - 1).AddHours(9 + Math.Max(hours, 1));
            var session = new CourseSession
            {
                StartsAtUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(startLocal, DateTimeKind.Unspecified), zone),
                EndsAtUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(endLocal, DateTimeKind.Unspecified), zone),
                TimeZoneId = zone.Id,
                Place = demo.Format == CourseFormat.Online ? null : place,
                Link = demo.Format == CourseFormat.Online ? $"https://meet.erm.demo/learning/{random.Next(100000, 999999)}" : null,
                Capacity = demo.Format switch { CourseFormat.Online => 40, CourseFormat.OnTheJob => 4, _ => 12 + random.Next(0, 3) * 4 },
                CancelledAtUtc = day < now && random.NextDouble() < 0.05 ? day.AddDays(-7) : null,
            };
            if (trainerIds.Count > 0) session.TrainerEmployeeId = trainerIds[random.Next(trainerIds.Count)];
            else if (!demo.Internal) session.TrainerName = OutsideTrainers[random.Next(OutsideTrainers.Length)];
            yield return session;
            if (day >= now && ++upcoming == 2) yield break;
            day = day.AddDays(everyDays / 2 + random.Next(0, everyDays));
            // Always something to show in the coming weeks: the last past session is followed by one soon.
            if (day >= horizon && upcoming == 0) day = now.Date.AddDays(7 + random.Next(0, 60));
        }
    }
}
