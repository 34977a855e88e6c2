using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Seeding;
using ErmPortal.Web.Timeline;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// Three years of self-service: people keeping their details up to date, and changes of sensitive details they asked
/// HR for. Each request is a real one HR can open, approved, rejected or withdrawn a few days after it was sent (those
/// of the last days still wait), told on the person's timeline, in their bell once decided and, when approved, in the
/// audit log. An approved request's new value is the one the person has today. The demo sign-ins are left out of the
/// requests, so they start with a clean slate for trying self-service.
/// </summary>
public class ProfileTimelineHistory(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    private const int RandomSeed = 20261201;
    private static readonly string[] RejectionReasons =
        ["The document attached does not match the new name.", "Please give the full address, with the postcode.", "The IBAN belongs to another person."];
    private static readonly string[] Comments = ["Married last month.", "We moved.", "New salary account.", "The date was typed wrong when I joined."];
    private static readonly string[] Streets = ["Via Roma", "Corso Buenos Aires", "High Street", "Hauptstraße", "Nanjing Road"];
    private static readonly string[] Surnames = ["Rossi", "Bianchi", "Smith", "Müller", "Wang", "Novak"];

    public int Order => 20;

    private sealed record Person(int Id, DateOnly HireDate, string? UserId, string Name, string LegalFirstName, string LegalLastName, string? HomeAddress,
        DateOnly? DateOfBirth, string? NationalId, string? BankAccount, bool SignsIn);

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var random = new Random(RandomSeed);
        // History ends yesterday: an entry at a working hour today could still lie ahead.
        var yesterday = clock.Today.AddDays(-1);
        var horizon = yesterday.AddYears(-3);
        var profileFields = ProfileTimelineKinds.ProfileFieldLabels.Keys.ToArray();
        var demoEmails = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToList();
        var hr = await DemoHistory.HrPeopleAsync(db, cancellationToken);
        var people = await db.Employees.AsNoTracking().Where(e => e.Status != EmployeeStatus.Left)
            .OrderBy(e => e.Id)
            .Select(e => new Person(e.Id, e.HireDate, e.UserId, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.LegalFirstName,
                e.LegalLastName, e.HomeAddress, e.DateOfBirth, e.NationalId, e.BankAccount, demoEmails.Contains(e.WorkEmail)))
            .ToListAsync(cancellationToken);
        using var rows = new DemoRows(db);

        foreach (var p in people)
        {
            var first = p.HireDate.AddDays(7) > horizon ? p.HireDate.AddDays(7) : horizon;
            if (first >= yesterday) continue;
            var self = new DemoActor(p.Id, p.UserId, p.Name);
            void Entry(string kind, DateTime at, TimelineArguments arguments, TimelineAudience audience, DemoActor actor, string link) => rows.Add(new TimelineEntry
            {
                SubjectType = TimelineSubjects.Employee, SubjectId = p.Id, Kind = kind, Arguments = arguments, OccurredAtUtc = at,
                Audience = audience, Link = link, ActorEmployeeId = actor.EmployeeId, ActorName = actor.Name,
            });

            for (var n = random.Next(0, 5); n > 0; n--)
                Entry(ProfileTimelineKinds.ProfileUpdated, TimelineDemoHistory.During(random, TimelineDemoHistory.Between(random, first, yesterday)),
                    new TimelineArguments().With(ProfileTimelineKinds.Fields, profileFields.OrderBy(_ => random.Next()).Take(random.Next(1, 4))),
                    RecordProfileEvents.PersonManagersAndHr, self, $"/employees/{p.Id}");

            if (random.NextDouble() >= 0.3 || p.SignsIn) continue;
            var asked = TimelineDemoHistory.During(random, TimelineDemoHistory.Between(random, first, yesterday));
            var roll = random.NextDouble();
            var outcome = roll < 0.7 ? ChangeRequestStatus.Approved : roll < 0.9 ? ChangeRequestStatus.Rejected : ChangeRequestStatus.Withdrawn;
            var decidedAt = asked.AddDays(random.Next(1, 6)).AddHours(random.Next(0, 4));
            if (decidedAt.Date > yesterday.ToDateTime(TimeOnly.MinValue)) outcome = ChangeRequestStatus.Pending;
            // Approving sets the details the person has today; what they had before is made up.
            var current = Current(p);
            var fields = current.Where(f => outcome != ChangeRequestStatus.Approved || f.Value is not null).Select(f => f.Key)
                .OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
            var items = fields.Select(field => outcome == ChangeRequestStatus.Approved
                ? new ChangeRequestItem { Field = field, OldValue = Invented(field, random), NewValue = current[field] }
                : new ChangeRequestItem { Field = field, OldValue = current[field], NewValue = Invented(field, random) }).ToList();

            var previous = items.ToDictionary(i => i.Field, i => i.OldValue);
            var decider = hr[random.Next(hr.Count)];
            var request = ChangeRequest.Submit(new Employee { Id = p.Id, LegalFirstName = p.LegalFirstName, LegalLastName = p.LegalLastName, WorkEmail = "" },
                items, random.Next(3) == 0 ? Comments[random.Next(Comments.Length)] : null, asked);
            var reason = outcome == ChangeRequestStatus.Rejected ? RejectionReasons[random.Next(RejectionReasons.Length)] : null;
            if (outcome == ChangeRequestStatus.Approved) request.Approve(decider.UserId!, null, decidedAt);
            if (outcome == ChangeRequestStatus.Rejected) request.Reject(decider.UserId!, reason!, decidedAt);
            if (outcome == ChangeRequestStatus.Withdrawn) request.Withdraw(decidedAt);
            rows.Add(request);
            foreach (var item in request.Items) item.ChangeRequestId = request.Id;
            rows.AddRange(request.Items);

            Entry(ProfileTimelineKinds.ChangeRequest, asked, ProfileTimelineKinds.ChangeRequestArguments(fields, ProfileTimelineKinds.Submitted, null),
                RecordProfileEvents.PersonAndHr, self, "/me/change-requests");
            if (outcome == ChangeRequestStatus.Pending) continue;
            var byHr = outcome != ChangeRequestStatus.Withdrawn;
            Entry(ProfileTimelineKinds.ChangeRequest, decidedAt, ProfileTimelineKinds.ChangeRequestArguments(fields, TimelineOutcome(outcome), reason),
                RecordProfileEvents.PersonAndHr, byHr ? decider : self, "/me/change-requests");
            if (byHr && p.UserId is not null)
                rows.Add(new Notification
                {
                    RecipientUserId = p.UserId, Kind = ChangeRequestNotifications.Decided, Link = "/me/change-requests", CreatedAtUtc = decidedAt,
                    Arguments = new NotificationArguments { ["outcome"] = outcome.ToString(), ["fields"] = ChangeRequestNotifications.FieldsArgument(fields) }.ToJson(),
                    // Read within a few days, except the decisions of the last week.
                    ReadAtUtc = decidedAt.Date < yesterday.AddDays(-7).ToDateTime(TimeOnly.MinValue) ? decidedAt.AddHours(random.Next(1, 72)) : null,
                });
            if (outcome == ChangeRequestStatus.Approved)
                foreach (var field in fields)
                    rows.Add(DemoHistory.Modified<Employee>(decidedAt, decider, p.Id, p.Id, field.ToString(), previous[field], current[field]));
        }
    }

    private static Dictionary<SensitiveField, string?> Current(Person p) => new()
    {
        [SensitiveField.LegalFirstName] = p.LegalFirstName, [SensitiveField.LegalLastName] = p.LegalLastName, [SensitiveField.HomeAddress] = p.HomeAddress,
        [SensitiveField.DateOfBirth] = p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [SensitiveField.NationalId] = p.NationalId,
        [SensitiveField.BankAccount] = p.BankAccount,
    };

    private static string TimelineOutcome(ChangeRequestStatus outcome) => outcome switch
    {
        ChangeRequestStatus.Approved => ProfileTimelineKinds.Approved,
        ChangeRequestStatus.Rejected => ProfileTimelineKinds.Rejected,
        _ => ProfileTimelineKinds.Withdrawn,
    };

    /// <summary>A plausible value for a field, other than the person's own: the one they had, or the one HR turned down.</summary>
    private static string Invented(SensitiveField field, Random random) => field switch
    {
        SensitiveField.LegalFirstName => random.Next(2) == 0 ? "Maria" : "Luca",
        SensitiveField.LegalLastName => Surnames[random.Next(Surnames.Length)],
        SensitiveField.HomeAddress => $"{Streets[random.Next(Streets.Length)]} {random.Next(1, 200)}, {random.Next(10000, 99999)}",
        SensitiveField.DateOfBirth => new DateOnly(1965, 1, 1).AddDays(random.Next(0, 14000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SensitiveField.NationalId => $"X{random.Next(1000000, 9999999)}",
        _ => Iban.Compose("IT", "X0542811101000000" + random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture)),
    };
}
