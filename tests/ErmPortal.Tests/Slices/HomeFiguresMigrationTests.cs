using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Tests.Slices;

/// <summary>A portal upgraded to kept home-page figures starts with figures that count the people and accounts it already has.</summary>
public sealed class HomeFiguresMigrationTests : MigrationTestDatabase
{
    private const string MigrationBeforeFigures = "20261130032405_DepartmentJobFamily";
    [Fact]
    public async Task Should_fill_the_figures_from_the_people_and_accounts_there_when_the_portal_is_upgraded()
    {
        await using (var db = Context())
        {
            await db.GetService<IMigrator>().MigrateAsync(MigrationBeforeFigures);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Departments (Id, Name) VALUES (1, 'Engineering'), (2, 'Sales');
                INSERT INTO Locations (Id, Name, City, CountryCode) VALUES (1, 'Milan HQ', 'Milan', 'IT');
                INSERT INTO Positions (Id, Title, JobFamily, Level) VALUES (1, 'Engineer', 'Engineering', 3);
                INSERT INTO Employees (Id, LegalFirstName, LegalLastName, WorkEmail, HireDate, EmploymentType, Status, DepartmentId, PositionId, LocationId, LastDay, Version)
                    VALUES (1, 'Ada', 'Active', 'ada@erm.test', '2024-01-15', 'FullTime', 'Active', 1, 1, 1, NULL, 'a6b3c3b6-5b1e-4d4e-9d59-0c1f1b0f7a10'),
                           (2, 'Bo', 'Leaving', 'bo@erm.test', '2024-01-20', 'FullTime', 'Leaving', 1, 1, 1, '2026-03-31', 'a6b3c3b6-5b1e-4d4e-9d59-0c1f1b0f7a11'),
                           (3, 'Cy', 'Left', 'cy@erm.test', '2023-06-01', 'FullTime', 'Left', 2, 1, 1, '2025-02-14', 'a6b3c3b6-5b1e-4d4e-9d59-0c1f1b0f7a12'),
                           (4, 'Di', 'Gone', 'di@erm.test', '2020-05-05', 'FullTime', 'Left', 2, 1, 1, NULL, 'a6b3c3b6-5b1e-4d4e-9d59-0c1f1b0f7a13');
                INSERT INTO AspNetUsers (Id, CreatedAtUtc, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, DisabledAtUtc, LastSignInAtUtc)
                    VALUES ('a', '2025-01-01 00:00:00', 1, 0, 0, 1, 0, NULL, NULL),
                           ('b', '2025-01-01 00:00:00', 1, 0, 0, 1, 0, NULL, '2025-02-01 09:00:00'),
                           ('c', '2025-01-01 00:00:00', 1, 0, 0, 1, 0, '2025-03-01 09:00:00', NULL);
                """);
            await db.Database.MigrateAsync();
        }

        await using var read = Context();
        Assert.Equal([(1, EmployeeStatus.Active, 1), (1, EmployeeStatus.Leaving, 1), (2, EmployeeStatus.Left, 2)],
            (await read.Set<HeadcountFigure>().ToListAsync()).Select(f => (f.DepartmentId, f.Status, f.Count)).OrderBy(f => f.DepartmentId).ThenBy(f => f.Status));
        // Hires by hire month; leavers by last day's month; departures from the day after the last day, or the hire date of someone gone without one.
        Assert.Equal([("2020-05", 1, 0, 1), ("2023-06", 1, 0, 0), ("2024-01", 2, 0, 0), ("2025-02", 0, 1, 1), ("2026-03", 0, 1, 0), ("2026-04", 0, 0, 1)],
            (await read.Set<WorkforceMonth>().OrderBy(m => m.Month).ToListAsync()).Select(m => (m.Month.ToString("yyyy-MM"), m.Hires, m.Leavers, m.Departures)));
        var accounts = await read.Set<AccountFigures>().SingleAsync();
        Assert.Equal((3, 1, 1), (accounts.Accounts, accounts.Disabled, accounts.NeverSignedIn));
    }
}
