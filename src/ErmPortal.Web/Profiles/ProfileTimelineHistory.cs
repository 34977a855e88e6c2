using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using ErmPortal.Web.Timeline;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// Three years of self-service on the demo organisation's timelines: people keeping their details up to date,
/// and changes of sensitive details they asked HR for, approved, rejected or withdrawn.
/// </summary>
public class ProfileTimelineHistory(ErmDbContext db, IClock clock) : IDemoDataSeeder
{
    private const int RandomSeed = 20261201;
    private static readonly string[] RejectionReasons =
        ["The document attached does not match the new name.", "Please give the full address, with the postcode.", "The IBAN belongs to another person."];

    public int Order => 20;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var random = new Random(RandomSeed);
        // History ends yesterday: an entry at a working hour today could still lie ahead.
        var yesterday = clock.Today.AddDays(-1);
        var horizon = yesterday.AddYears(-3);
        var profileFields = ProfileTimelineKinds.ProfileFieldLabels.Keys.ToArray();
        var sensitiveFields = Enum.GetValues<SensitiveField>();
        var hrEmail = OrganisationSeeder.DemoAccounts.First(a => a.Roles.Contains(Data.Accounts.Roles.Hr)).Email;
        var hr = await db.Employees.AsNoTracking().Where(e => e.WorkEmail == hrEmail)
            .Select(e => new { e.Id, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName }).FirstAsync(cancellationToken);
        var people = await db.Employees.AsNoTracking().Where(e => e.Status != EmployeeStatus.Left)
            .Select(e => new { e.Id, e.HireDate, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName })
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);

        IEnumerable<TimelineEntry> History()
        {
            foreach (var p in people)
            {
                var first = p.HireDate.AddDays(7) > horizon ? p.HireDate.AddDays(7) : horizon;
                if (first >= yesterday) continue;
                TimelineEntry Entry(string kind, DateOnly day, TimelineArguments arguments, TimelineAudience audience, bool byHr, string link) => new()
                {
                    SubjectType = TimelineSubjects.Employee, SubjectId = p.Id, Kind = kind, Arguments = arguments,
                    OccurredAtUtc = TimelineDemoHistory.During(random, day), Audience = audience, Link = link,
                    ActorEmployeeId = byHr ? hr.Id : p.Id, ActorName = byHr ? hr.Name : p.Name,
                };

                for (var n = random.Next(0, 5); n > 0; n--)
                    yield return Entry(ProfileTimelineKinds.ProfileUpdated, TimelineDemoHistory.Between(random, first, yesterday),
                        new TimelineArguments().With(ProfileTimelineKinds.Fields, profileFields.OrderBy(_ => random.Next()).Take(random.Next(1, 4))),
                        RecordProfileEvents.PersonManagersAndHr, byHr: false, $"/employees/{p.Id}");

                if (random.NextDouble() >= 0.3) continue;
                var asked = TimelineDemoHistory.Between(random, first, yesterday.AddDays(-10));
                var fields = sensitiveFields.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
                yield return Entry(ProfileTimelineKinds.ChangeRequest, asked,
                    ProfileTimelineKinds.ChangeRequestArguments(fields, ProfileTimelineKinds.Submitted, null),
                    RecordProfileEvents.PersonAndHr, byHr: false, "/me/change-requests");
                var roll = random.NextDouble();
                var (outcome, reason) = roll < 0.7 ? (ProfileTimelineKinds.Approved, null)
                    : roll < 0.9 ? (ProfileTimelineKinds.Rejected, RejectionReasons[random.Next(RejectionReasons.Length)])
                    : (ProfileTimelineKinds.Withdrawn, (string?)null);
                yield return Entry(ProfileTimelineKinds.ChangeRequest, asked.AddDays(random.Next(1, 6)),
                    ProfileTimelineKinds.ChangeRequestArguments(fields, outcome, reason),
                    RecordProfileEvents.PersonAndHr, byHr: outcome != ProfileTimelineKinds.Withdrawn, "/me/change-requests");
            }
        }

        await TimelineDemoHistory.WriteAsync(db, History(), cancellationToken);
    }
}
