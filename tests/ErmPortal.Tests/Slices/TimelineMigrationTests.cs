using ErmPortal.Data;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Tests.Slices;

/// <summary>A portal upgraded from the sentence-per-entry timeline keeps its history, now as kinds with arguments and audiences.</summary>
public sealed class TimelineMigrationTests : MigrationTestDatabase
{
    private const string MigrationBeforeArguments = "20261130015718_UserPreferences";
    private static readonly (string Kind, string Summary, int Visibility)[] OldEntries =
    [
        ("hired", "Joined as Engineer in Engineering, Milan HQ", 0),
        ("status-changed", "Status Onboarding → Active", 0),
        ("leaving", "Last day set to 2026-06-30", 1),
        ("leaving", "Leaving voluntarily: Relocating, to \"Canada\"", 2),
        ("profile-updated", "Updated pronouns, emergency contacts", 0),
        ("change-request", "Asked to change bank account, home address", 0),
        ("change-request", "Change of legal last name approved and applied", 0),
        ("change-request", "Change of date of birth rejected: The certificate is unreadable: send it again", 0),
        ("change-request", "Change request for national id withdrawn", 0),
        ("job-changed", "Transfer: department Engineering → Sales", 0),
    ];

    [Fact]
    public async Task Should_turn_old_sentences_into_arguments_and_visibility_into_audience_when_the_portal_is_upgraded()
    {
        await using (var db = Context())
        {
            await db.GetService<IMigrator>().MigrateAsync(MigrationBeforeArguments);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Departments (Id, Name) VALUES (1, 'Engineering'), (2, 'Sales');
                INSERT INTO Locations (Id, Name, City, CountryCode) VALUES (1, 'Milan HQ', 'Milan', 'IT'), (2, 'Berlin', 'Berlin', 'DE');
                INSERT INTO Positions (Id, Title, JobFamily, Level) VALUES (1, 'Engineer', 'Engineering', 3), (2, 'Lead Engineer', 'Engineering', 5);
                INSERT INTO Employees (Id, LegalFirstName, LegalLastName, WorkEmail, HireDate, EmploymentType, Status, DepartmentId, PositionId, LocationId, Version)
                    VALUES (1, 'Ada', 'Lovelace', 'ada@erm.test', '2024-01-15', 'FullTime', 'Active', 2, 2, 2, 'a6b3c3b6-5b1e-4d4e-9d59-0c1f1b0f7a10');
                INSERT INTO JobChanges (Id, EmployeeId, EffectiveDate, Kind, DepartmentId, PositionId, LocationId, AppliedOn)
                    VALUES (2, 1, '2025-03-01', 'Transfer', 2, 2, 2, '2025-03-01'), (1, 1, '2024-01-15', 'Hire', 1, 1, 1, '2024-01-15');
                """);
            foreach (var (kind, summary, visibility) in OldEntries)
                await db.Database.ExecuteSqlAsync($"INSERT INTO TimelineEntries (EmployeeId, OccurredAtUtc, Kind, Summary, Visibility) VALUES (1, '2025-01-01 09:00:00', {kind}, {summary}, {visibility})");
            await db.Database.MigrateAsync();
        }

        await using var read = Context();
        var entries = await read.Set<TimelineEntry>().OrderBy(t => t.Id).ToListAsync();
        Assert.All(entries, e => Assert.Equal((TimelineSubjects.Employee, 1), (e.SubjectType, e.SubjectId)));

        // Hired from the first job history row, not the job the person holds today.
        var hired = entries[0].Arguments;
        Assert.Equal(("Engineer", "Engineering", "Milan HQ", 1), (hired.Text("position"), hired.Text("department"), hired.Text("location"), hired.Int("positionId")));
        Assert.Equal(TimelineAudience.Subject | TimelineAudience.ManagerChain | TimelineAudience.Hr, entries[0].Audience);
        Assert.Equal(("Onboarding", "Active"), (entries[1].Arguments.Text("from"), entries[1].Arguments.Text("to")));
        Assert.Equal(new DateOnly(2026, 6, 30), entries[2].Arguments.Date("lastDay"));
        Assert.Equal(TimelineAudience.ManagerChain | TimelineAudience.Hr, entries[2].Audience);
        Assert.Equal((true, "Relocating, to \"Canada\""), (entries[3].Arguments.Bool("voluntary"), entries[3].Arguments.Text("reason")));
        Assert.Equal(TimelineAudience.Hr, entries[3].Audience);
        Assert.Equal(["pronouns", "emergency contacts"], entries[4].Arguments.List("fields"));
        Assert.Equal(["BankAccount", "HomeAddress"], entries[5].Arguments.List("fields"));
        Assert.Equal("submitted", entries[5].Arguments.Text("outcome"));
        Assert.Equal(["LegalLastName"], entries[6].Arguments.List("fields"));
        Assert.Equal("approved", entries[6].Arguments.Text("outcome"));
        Assert.Equal(("rejected", "The certificate is unreadable: send it again"), (entries[7].Arguments.Text("outcome"), entries[7].Arguments.Text("reason")));
        Assert.Equal(["NationalId"], entries[8].Arguments.List("fields"));
        Assert.Equal("withdrawn", entries[8].Arguments.Text("outcome"));
        // Requests are the person's and HR's, whatever they were before.
        Assert.All(entries.Where(e => e.Kind == "change-request"), e => Assert.Equal(TimelineAudience.Subject | TimelineAudience.Hr, e.Audience));
        // What cannot be taken apart keeps its words.
        Assert.Equal(("legacy", "Transfer: department Engineering → Sales"), (entries[9].Kind, entries[9].Arguments.Text("text")));
        Assert.Equal(["hired", "status-changed", "leaving", "leaving", "profile-updated", "change-request", "change-request", "change-request", "change-request", "legacy"],
            entries.Select(e => e.Kind));
    }
}
