using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Onboarding.Documents;
using ErmPortal.Web.Seeding;
using ErmPortal.Web.Timeline;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// Three years of training history from the catalog's past sessions: mandatory courses completed each period (most on
/// time, about one in ten people overdue now), optional courses with scores where assessed and a few failed, certificates
/// for the certification courses (some expired or expiring soon), outside training (one still with HR, one refused) and
/// ratings with comments. The demo employee has a few records and a certificate to download. Timeline entries are on
/// their days. The rows go in through prepared inserts (<see cref="DemoRows"/>): a large organisation has tens of thousands.
/// </summary>
public class TrainingRecordDemoData(ErmDbContext db, IFileStorage storage, IClock clock) : IDemoDataSeeder
{
    /// <summary>After the catalog (500) and the coming places (510).</summary>
    public int Order => 520;

    /// <summary>How long each certification course's certificate holds, in months.</summary>
    private static readonly Dictionary<string, int> CertificateMonths = new()
    {
        ["First aid at work"] = 36, ["Fire warden training"] = 36, ["Cloud security fundamentals"] = 24, ["Kubernetes in production"] = 36,
    };

    private static readonly string[] Comments =
    [
        "Practical and well paced.", "Good trainer, too many slides.", "Exactly what I needed for my role.", "The exercises were the best part.",
        "A bit long for what it covered.", "I use what I learned every week.", "Great examples from real projects.",
    ];

    private record Person(int Id, DateOnly HiredOn, int PositionId, string? UserId, string Name);

    private record Offered(int Id, string Title, string Provider, bool IsInternal, decimal Hours, decimal Cost, string Currency);

    private record Session(int Id, int CourseId, DateOnly Day);

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var random = new Random(520);
        var today = clock.Today;
        var people = await db.Employees.Where(e => e.Status != EmployeeStatus.Left)
            .Select(e => new Person(e.Id, e.HireDate, e.PositionId, e.UserId, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName)).ToListAsync(ct);
        var courses = await db.Set<Course>().Select(c => new Offered(c.Id, c.Title, c.Provider, c.IsInternal, c.Hours, c.Cost, c.Currency)).ToDictionaryAsync(c => c.Id, ct);
        if (people.Count == 0 || courses.Count == 0) return;
        var rules = await db.Set<MandatoryRule>().ToListAsync(ct);
        var sessions = (await db.Set<CourseSession>().Where(s => s.CancelledAtUtc == null && s.EndsAtUtc < clock.UtcNow)
                .Select(s => new { s.Id, s.CourseId, s.EndsAtUtc }).ToListAsync(ct))
            .Select(s => new Session(s.Id, s.CourseId, DateOnly.FromDateTime(s.EndsAtUtc))).ToLookup(s => s.CourseId);
        var hr = await db.Users.Where(u => u.Email == $"hr@{OrganisationSeeder.DemoDomain}").Select(u => u.Id).FirstOrDefaultAsync(ct) ?? "";
        var demoEmployee = await db.Employees.Where(e => e.WorkEmail == $"employee@{OrganisationSeeder.DemoDomain}").Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        var records = new List<(TrainingRecord Record, Enrolment? Place)>();
        var now = clock.UtcNow;
        DateTime Past(DateTime at) => at < now ? at : now.AddMinutes(-random.Next(10, 600));

        void Complete(Person person, Offered course, DateOnly day, Session? session, bool mandatory)
        {
            var assessed = !course.IsInternal;
            var score = assessed ? (decimal?)random.Next(48, 100) : null;
            var passed = score is null || score >= 60;
            var place = new Enrolment
            {
                EmployeeId = person.Id, CourseId = course.Id, SessionId = session?.Id, Status = EnrolmentStatus.Completed,
                RequestedAtUtc = TimelineDemoHistory.During(random, day.AddDays(-random.Next(14, 45))), AssignedByUserId = mandatory ? hr : null,
            };
            place.EnrolledAtUtc = place.RequestedAtUtc.AddDays(random.Next(1, 5));
            var record = new TrainingRecord
            {
                EmployeeId = person.Id, CourseId = course.Id, Title = course.Title, Provider = course.Provider, Source = TrainingRecordSource.Enrolment,
                CompletedOn = day, Hours = course.Hours, Cost = course.Cost, Currency = course.Currency, Score = score, Passed = passed,
                CertificateExpiresOn = passed && CertificateMonths.TryGetValue(course.Title, out var months) ? day.AddMonths(months) : null,
                RecordedAtUtc = Past(TimelineDemoHistory.During(random, day.AddDays(random.Next(0, 3)))), RecordedByUserId = hr,
            };
            record.ConfirmedAtUtc = record.RecordedAtUtc;
            record.ConfirmedByUserId = hr;
            records.Add((record, place));
        }

        Session? SessionBefore(int courseId, DateOnly day) =>
            sessions[courseId].Where(s => s.Day <= day && s.Day > day.AddDays(-120)).MaxBy(s => s.Day);

        // Mandatory courses, period after period: each completion sets the next due day, as the compliance rules read it.
        foreach (var person in people)
        foreach (var rule in rules.Where(r => r.PositionId is null || r.PositionId == person.PositionId).DistinctBy(r => r.CourseId))
        {
            var course = courses[rule.CourseId];
            DateOnly? last = null;
            while (MandatoryDueDates.NextDue(person.HiredOn, rule, last) is { } due && due <= today.AddDays(MandatoryDueDates.DueSoonDays))
            {
                // About one in ten let the latest period run over; earlier ones were done, a few of them late.
                if (due <= today && MandatoryDueDates.NextDue(person.HiredOn, rule, due) is { } after && after > today && random.NextDouble() < 0.1) break;
                if (due > today && random.NextDouble() < 0.5) break;
                var earliest = last ?? (person.HiredOn > rule.StartsOn ? person.HiredOn : rule.StartsOn);
                var day = random.NextDouble() < 0.9
                    ? TimelineDemoHistory.Between(random, Max(earliest, due.AddDays(-45)), due)
                    : due.AddDays(random.Next(1, 40));
                if (day > today) day = today.AddDays(-random.Next(0, 5));
                var session = SessionBefore(course.Id, day);
                Complete(person, course, session?.Day ?? day, session, mandatory: true);
                var done = records[^1].Record;
                if (!done.Passed) { done.Passed = true; done.Score = 60 + random.Next(0, 15); }
                last = done.CompletedOn;
                if (rule.RenewEveryMonths is null) break;
            }
        }

        // Optional courses: a handful of people hired by then on each past session.
        var mandatoryCourses = rules.Select(r => r.CourseId).ToHashSet();
        foreach (var course in courses.Values.Where(c => !mandatoryCourses.Contains(c.Id)))
        foreach (var session in sessions[course.Id])
        {
            var eligible = people.Where(p => p.HiredOn < session.Day).ToList();
            foreach (var person in eligible.OrderBy(_ => random.Next()).Take(random.Next(2, 7)))
                Complete(person, course, session.Day, session, mandatory: false);
        }

        if (demoEmployee is { } demoId && people.FirstOrDefault(p => p.Id == demoId) is { } demo)
            await DemoEmployeeAsync(demo, courses.Values, sessions, records, Complete, ct);

        using var rows = new DemoRows(db);
        foreach (var (record, place) in records)
        {
            if (place is not null) record.EnrolmentId = rows.Add(place).Id;
            rows.Add(record);
        }
        var outside = OutsideTraining(people, demoEmployee, random, hr, today);
        rows.AddRange(outside);

        // Ratings on about half the counted catalog completions, each course with a character of its own.
        var characters = courses.Keys.ToDictionary(id => id, _ => 3.2 + random.NextDouble() * 1.6);
        foreach (var (record, place) in records.Where(r => r.Record.CourseId is not null && random.NextDouble() < 0.5))
        {
            var rating = (int)Math.Clamp(Math.Round(characters[record.CourseId!.Value] + (random.NextDouble() - 0.5) * 2), 1, 5);
            rows.Add(new TrainingFeedback
            {
                TrainingRecordId = record.Id, CourseId = record.CourseId!.Value, SessionId = place?.SessionId, Rating = rating,
                Comment = random.NextDouble() < 0.4 ? Comments[random.Next(Comments.Length)] : null,
                GivenAtUtc = Past(TimelineDemoHistory.During(random, record.CompletedOn.AddDays(random.Next(1, 10)))),
            });
        }
        foreach (var record in records.Select(r => r.Record).Concat(outside))
            Timeline(rows, record, clock.UtcNow);
    }

    /// <summary>The demo employee: a first aid certificate that expires within two months, with its file, besides their other records.</summary>
    private async Task DemoEmployeeAsync(Person demo, IEnumerable<Offered> courses, ILookup<int, Session> sessions,
        List<(TrainingRecord Record, Enrolment? Place)> records, Action<Person, Offered, DateOnly, Session?, bool> complete, CancellationToken ct)
    {
        var firstAid = courses.FirstOrDefault(c => c.Title == "First aid at work");
        if (firstAid is null) return;
        var day = clock.Today.AddDays(40).AddMonths(-CertificateMonths[firstAid.Title]);
        complete(demo, firstAid, day, sessions[firstAid.Id].Where(s => s.Day <= day).MaxBy(s => s.Day), false);
        var record = records[^1].Record;
        (record.Passed, record.Score, record.CertificateExpiresOn) = (true, 88, day.AddMonths(CertificateMonths[firstAid.Title]));
        var content = DemoPdf.WithLine($"{demo.Name} completed First aid at work on {day:yyyy-MM-dd}. Certificate valid until {record.CertificateExpiresOn:yyyy-MM-dd}.");
        record.CertificateFileKey = await storage.SaveAsync(new MemoryStream(content, writable: false), CertificateFile.Folder, ".pdf", ct);
        (record.CertificateFileName, record.CertificateContentType) = ("first-aid-certificate.pdf", "application/pdf");
    }

    /// <summary>Outside training a few people recorded: confirmed, one refused, and the demo employee's still with HR.</summary>
    private static List<TrainingRecord> OutsideTraining(List<Person> people, int? demoEmployee, Random random, string hr, DateOnly today)
    {
        var trainings = new (string Title, string Provider, decimal Hours, decimal Cost)[]
        {
            ("AWS Certified Solutions Architect", "Amazon Web Services", 40, 300), ("Evening course in Spanish", "Instituto Cervantes", 30, 0),
            ("Agile conference", "Agile Europe", 16, 450), ("Scrum Master certification", "Scrum.org", 14, 200), ("Data visualisation workshop", "Tableau", 8, 0),
        };
        var result = new List<TrainingRecord>();
        var chosen = people.Where(p => p.Id != demoEmployee && p.HiredOn < today.AddYears(-1)).OrderBy(_ => random.Next()).Take(trainings.Length).ToList();
        for (var i = 0; i < chosen.Count; i++)
        {
            var (title, provider, hours, cost) = trainings[i];
            var day = today.AddDays(-random.Next(30, 700));
            var record = Outside(chosen[i].Id, title, provider, hours, cost, day, random);
            record.ConfirmedAtUtc = Min(record.RecordedAtUtc.AddDays(random.Next(1, 6)), DateTime.UtcNow.AddHours(-1));
            record.ConfirmedByUserId = hr;
            if (i == 0) record.CertificateExpiresOn = day.AddYears(3);
            if (i == chosen.Count - 1)
                (record.ConfirmedAtUtc, record.RefusedAtUtc, record.RefusalReason) = (null, record.ConfirmedAtUtc, "A language course is not training for your role.");
            result.Add(record);
        }
        if (demoEmployee is { } demoId)
            result.Add(Outside(demoId, "Project management webinar series", "PM Academy", 6, 0, today.AddDays(-12), random));
        return result;
    }

    private static TrainingRecord Outside(int employeeId, string title, string provider, decimal hours, decimal cost, DateOnly day, Random random) => new()
    {
        EmployeeId = employeeId, Title = title, Provider = provider, Source = TrainingRecordSource.SelfRecorded, CompletedOn = day, Hours = hours,
        Cost = cost, Passed = true, RecordedAtUtc = Min(TimelineDemoHistory.During(random, day.AddDays(random.Next(1, 10))), DateTime.UtcNow.AddHours(-2)),
    };

    /// <summary>The record's moments on the person's timeline, within the three years the demo history covers and none ahead of now.</summary>
    private static void Timeline(DemoRows rows, TrainingRecord record, DateTime now)
    {
        void Entry(string kind, DateTime at)
        {
            if (at < now.AddYears(-3)) return;
            rows.Add(new TimelineEntry
            {
                SubjectType = TimelineSubjects.Employee, SubjectId = record.EmployeeId, Kind = kind, Arguments = RecordsTimelineKinds.ArgumentsOf(record),
                OccurredAtUtc = at < now ? at : now.AddMinutes(-5), Audience = RecordsTimelineKinds.Audience, Link = RecordsTimelineKinds.Link,
            });
        }
        if (record.Source != TrainingRecordSource.SelfRecorded)
        {
            if (record.Passed) Entry(RecordsTimelineKinds.KindOf(record), record.RecordedAtUtc);
            return;
        }
        Entry(RecordsTimelineKinds.OutsideRecorded, record.RecordedAtUtc);
        if (record.ConfirmedAtUtc is { } confirmed) Entry(RecordsTimelineKinds.OutsideConfirmed, confirmed);
        if (record.RefusedAtUtc is { } refused) Entry(RecordsTimelineKinds.OutsideRefused, refused);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
