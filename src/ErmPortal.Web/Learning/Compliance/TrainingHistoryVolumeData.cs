using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>
/// Training records at volume, to measure the compliance report on a large organisation's history (`seed
/// --training-history N`, the setting `Seed:TrainingHistory`: <see cref="Volume"/>, in years; none unless asked for).
/// For everyone, over the last N years and only while they worked here: each mandatory course their position owes,
/// completed around each due day (most a little early, some late), except that <see cref="SkipShare"/> of the people
/// skipped their latest one, so they are overdue now; and <see cref="OtherCoursesPerYear"/> other catalog courses a year.
/// Every record is passed and confirmed by HR except <see cref="UnconfirmedShare"/>, recorded by people themselves and
/// still waiting, which counts for nothing. Written with prepared inserts after every other module's demo data; a fixed
/// random seed and the day of the seed give the same history on every run.
/// </summary>
public class TrainingHistoryVolumeData(ErmDbContext db, IClock clock, IConfiguration configuration) : IDemoDataSeeder
{
    public static readonly SeedVolume Volume = new("TrainingHistory", 1);
    public const double SkipShare = 0.08;
    public const int OtherCoursesPerYear = 2;
    public const double UnconfirmedShare = 0.03;
    private const int RandomSeed = 20261212;

    /// <summary>After the course catalog (500) and the plans at volume (910).</summary>
    public int Order => 920;

    public IReadOnlyList<SeedVolume> Volumes => [Volume];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var years = Volume.Read(configuration);
        if (years <= 0) return;
        var random = new Random(RandomSeed);
        var today = clock.Today;
        var since = today.AddYears(-years);
        var confirmedAt = clock.UtcNow;

        var courses = await db.Set<Course>().AsNoTracking().Where(c => c.ArchivedAtUtc == null).ToListAsync(ct);
        var rules = await db.Set<MandatoryRule>().AsNoTracking().Where(r => r.Course.ArchivedAtUtc == null).ToListAsync(ct);
        var mandatory = rules.Select(r => r.CourseId).ToHashSet();
        var others = courses.Where(c => !mandatory.Contains(c.Id)).ToList();
        var byId = courses.ToDictionary(c => c.Id);
        var people = await db.Employees.AsNoTracking()
            .Select(e => new { e.Id, e.PositionId, e.HireDate, e.LastDay, Left = e.Status == EmployeeStatus.Left }).ToListAsync(ct);

        using var rows = new DemoRows(db);
        foreach (var person in people)
        {
            var until = person.LastDay is { } last && last < today ? last : today;
            if (person.Left && person.LastDay is null) continue;
            var skipsLatest = random.NextDouble() < SkipShare;
            foreach (var rule in rules.Where(r => r.PositionId == null || r.PositionId == person.PositionId).DistinctBy(r => r.CourseId))
            {
                var completions = new List<DateOnly>();
                DateOnly? completed = null;
                // Walk the person's due days: each met a little before (or, one time in six, after) it, until today.
                while (MandatoryDueDates.NextDue(person.HireDate, rule, completed) is { } due)
                {
                    var on = due.AddDays(random.Next(6) == 0 ? random.Next(1, 20) : -random.Next(0, 25));
                    if (on > until) break;
                    if (on >= since) completions.Add(on);
                    completed = on;
                }
                if (skipsLatest && completions.Count > 0) completions.RemoveAt(completions.Count - 1);
                foreach (var on in completions) rows.Add(Record(person.Id, byId[rule.CourseId], on, random, confirmedAt));
            }
            var from = person.HireDate > since ? person.HireDate : since;
            var span = until.DayNumber - from.DayNumber;
            if (others.Count == 0 || span <= 0) continue;
            for (var i = 0; i < OtherCoursesPerYear * span / 365; i++)
                rows.Add(Record(person.Id, others[random.Next(others.Count)], from.AddDays(random.Next(span)), random, confirmedAt));
        }
    }

    private static TrainingRecord Record(int employeeId, Course course, DateOnly on, Random random, DateTime confirmedAt)
    {
        var unconfirmed = random.NextDouble() < UnconfirmedShare;
        var recordedAt = on.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc);
        return new TrainingRecord
        {
            EmployeeId = employeeId, CourseId = course.Id, Title = course.Title, Provider = course.Provider,
            Source = unconfirmed ? TrainingRecordSource.SelfRecorded : TrainingRecordSource.RecordedByHr,
            CompletedOn = on, Hours = course.Hours, Cost = course.Cost, Currency = course.Currency, Passed = true,
            Score = course.Format == CourseFormat.Online ? 60 + random.Next(41) : null,
            RecordedAtUtc = recordedAt < confirmedAt ? recordedAt : confirmedAt, RecordedByUserId = "demo",
            ConfirmedAtUtc = unconfirmed ? null : recordedAt < confirmedAt ? recordedAt : confirmedAt, ConfirmedByUserId = unconfirmed ? null : "demo",
        };
    }
}
