using ErmPortal.Data;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Tests.Slices;

/// <summary>A portal upgraded after requests were decided keeps their bank accounts and national ids only masked.</summary>
public sealed class ChangeRequestSecretsMigrationTests : MigrationTestDatabase
{
    private const string MigrationBefore = "20261130020513_TimelineArguments";
    [Fact]
    public async Task Should_mask_the_secrets_of_decided_requests_and_keep_pending_ones_whole_when_the_portal_is_upgraded()
    {
        await using (var db = Context())
        {
            await db.GetService<IMigrator>().MigrateAsync(MigrationBefore);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Departments (Id, Name) VALUES (1, 'Engineering');
                INSERT INTO Locations (Id, Name, City, CountryCode) VALUES (1, 'Milan HQ', 'Milan', 'IT');
                INSERT INTO Positions (Id, Title, JobFamily, Level) VALUES (1, 'Engineer', 'Engineering', 3);
                INSERT INTO Employees (Id, LegalFirstName, LegalLastName, WorkEmail, HireDate, EmploymentType, Status, DepartmentId, PositionId, LocationId, Version)
                    VALUES (1, 'Ada', 'Lovelace', 'ada@erm.test', '2024-01-15', 'FullTime', 'Active', 1, 1, 1, 'a6b3c3b6-5b1e-4d4e-9d59-0c1f1b0f7a10');
                INSERT INTO ChangeRequests (Id, EmployeeId, Status, RequestedAtUtc, Version) VALUES
                    (1, 1, 'Approved', '2025-01-01 09:00:00', 'b6b3c3b6-5b1e-4d4e-9d59-0c1f1b0f7a10'),
                    (2, 1, 'Pending', '2025-02-01 09:00:00', 'c6b3c3b6-5b1e-4d4e-9d59-0c1f1b0f7a10');
                INSERT INTO ChangeRequestItem (ChangeRequestId, Field, OldValue, NewValue) VALUES
                    (1, 'BankAccount', 'IT60 X054 2811 1010 0000 0123 456', 'GB82WEST12345698765432'),
                    (1, 'NationalId', 'RSSMRA80A01H501U', 'AB'),
                    (1, 'HomeAddress', 'Via Roma 1', 'Via Po 2'),
                    (2, 'BankAccount', NULL, 'GB82WEST12345698765432');
                """);
            await db.Database.MigrateAsync();
        }

        await using var read = Context();
        var items = await read.ChangeRequests.SelectMany(r => r.Items).OrderBy(i => i.Id).Select(i => new { i.OldValue, i.NewValue }).ToListAsync();
        Assert.Equal(
            [new { OldValue = (string?)"••••3456", NewValue = (string?)"••••5432" }, new { OldValue = (string?)"••••1U", NewValue = (string?)"••" },
             new { OldValue = (string?)"Via Roma 1", NewValue = (string?)"Via Po 2" }, new { OldValue = (string?)null, NewValue = (string?)"GB82WEST12345698765432" }],
            items);
    }
}
