using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>
/// A cycle at volume, to measure HR's overview and the calibration page with as many reviews as a large organisation has
/// (`seed --review-cycle-people N`, the setting `Seed:ReviewCyclePeople`: <see cref="Volume"/>; none unless asked for). It reviews the
/// first N people who have not left, in every department, and stands in calibration: nearly all self-assessments and
/// manager assessments are in, with both sides' ratings of every competency, and calibration has given a potential to
/// some. A fixed random seed gives the same cycle on every run.
/// </summary>
public class CycleVolumeData(ErmDbContext db, IClock clock, IConfiguration configuration, ILogger<CycleVolumeData> logger) : IDemoDataSeeder
{
    public static readonly SeedVolume Volume = new("ReviewCyclePeople", 10);
    public const string NamePrefix = "Company-wide review";
    public const double SelfShare = 0.96;
    public const double ManagerShare = 0.92;
    public const double CalibratedShare = 0.4;
    private const int RandomSeed = 20261301;

    /// <summary>After the running plans at volume (910), so all can be asked for in one seed.</summary>
    public int Order => 920;

    public IReadOnlyList<SeedVolume> Volumes => [Volume];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var count = Volume.Read(configuration);
        if (count <= 0) return;
        var random = new Random(RandomSeed);
        var today = clock.Today;
        var people = await db.Employees.AsNoTracking().Where(e => e.Status != EmployeeStatus.Left).OrderBy(e => e.Id).Take(count)
            .Select(e => new CycleDemoData.Person(e.Id, e.ManagerId, e.DepartmentId, e.HireDate, e.Status, e.LastDay)).ToListAsync(ct);
        if (people.Count < count) logger.LogWarning("Only {People} people can be reviewed; seeding that many rather than {Asked}", people.Count, count);
        var hr = (await DemoHistory.HrPeopleAsync(db, ct)).FirstOrDefault();

        var launched = today.AddDays(-45);
        var launchedAt = launched.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var cycle = CycleDemoData.NewCycle($"{NamePrefix} {today.Year}", today.Year, launchedAt, launched, ReviewPhase.Calibration, null);
        cycle.HiredOnOrBefore = null;
        using var rows = new DemoRows(db);
        var competencies = CycleDemoData.Write(rows, cycle);
        foreach (var person in people)
        {
            var review = CycleDemoData.NewReview(cycle, person);
            if (random.NextDouble() < SelfShare)
                CycleDemoData.SelfAssess(review, competencies, random, launchedAt.AddDays(random.Next(8, 20)));
            if (person.ManagerId is not null && random.NextDouble() < ManagerShare)
            {
                // A manager whose report never handed theirs in wrote once HR opened the assessment.
                if (!review.SelfAssessmentIsIn) review.OpenManagerAssessment(launchedAt.AddDays(22));
                review.ManagerSummary = CycleDemoData.Summaries[random.Next(CycleDemoData.Summaries.Length)];
                review.ManagerRating = CycleDemoData.Rating(random);
                review.Ratings.AddRange(competencies.Select(c => new ReviewRating
                    { Author = ReviewAuthor.Manager, CompetencyId = c.Id, Rating = Math.Clamp(review.ManagerRating.Value + random.Next(-1, 2), 1, 5) }));
                review.SubmitManagerAssessment(ReviewPhase.ManagerAssessment, launchedAt.AddDays(random.Next(22, 34)));
                if (random.NextDouble() < CalibratedShare)
                    review.Calibrate(review.FinalRating, CycleDemoData.Potential(review.FinalRating!.Value, random), null, hr?.EmployeeId, hr?.UserId ?? "demo",
                        launchedAt.AddDays(random.Next(36, 44)));
            }
            CycleDemoData.WriteReview(rows, review);
        }
    }
}
