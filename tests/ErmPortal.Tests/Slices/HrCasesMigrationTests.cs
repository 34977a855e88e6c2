using ErmPortal.Data.Cases;
using ErmPortal.Data.Infrastructure;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Tests.Slices;

/// <summary>
/// A portal upgraded to HR cases keeps its people, tracks the cases table for HR's kept count, and a case goes with the
/// person it is about; undoing the migration takes the tables and their tracking away again.
/// </summary>
public sealed class HrCasesMigrationTests : MigrationTestDatabase
{
    private const string MigrationBefore = "20261201054915_CompensationRewardsAndCycles";

    [Fact]
    public async Task Should_create_tracked_case_tables_that_follow_the_person_and_remove_them_when_undone()
    {
        await using (var db = Context())
        {
            await db.GetService<IMigrator>().MigrateAsync(MigrationBefore);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO Departments (Id, Name) VALUES (1, 'Engineering');
                INSERT INTO Locations (Id, Name, City, CountryCode) VALUES (1, 'Milan HQ', 'Milan', 'IT');
                INSERT INTO Positions (Id, Title, JobFamily, Level) VALUES (1, 'Engineer', 'Engineering', 3);
                INSERT INTO Employees (Id, LegalFirstName, LegalLastName, WorkEmail, HireDate, EmploymentType, Status, DepartmentId, PositionId, LocationId, Version)
                    VALUES (1, 'Ada', 'Lovelace', 'ada@erm.test', '2024-01-15', 'FullTime', 'Active', 1, 1, 1, 'a6b3c3b6-5b1e-4d4e-9d59-0c1f1b0f7a10'),
                           (2, 'Hal', 'Resources', 'hal@erm.test', '2020-01-15', 'FullTime', 'Active', 1, 1, 1, 'a6b3c3b6-5b1e-4d4e-9d59-0c1f1b0f7a11');
                """);
            await db.Database.MigrateAsync();
        }

        await using (var db = Context())
        {
            var before = await db.Set<TableVersion>().SingleAsync(v => v.Name == "HrCases");
            var hrCase = new HrCase
            {
                EmployeeId = 1, OwnerId = 2, Kind = CaseKind.Grievance, Summary = "About the rota", OpenedOn = new DateOnly(2026, 5, 1), CreatedAtUtc = DateTime.UtcNow,
            };
            hrCase.AddNote("First meeting held", "Hal Resources", DateTime.UtcNow);
            db.Add(hrCase);
            await db.SaveChangesAsync();

            Assert.True(await db.Set<TableVersion>().AsNoTracking().Where(v => v.Name == "HrCases").Select(v => v.Version).SingleAsync() > before.Version);
            Assert.Equal(2, await db.Employees.CountAsync());
            await db.Database.ExecuteSqlRawAsync("DELETE FROM Employees WHERE Id = 1");
            Assert.Equal(0, await db.Set<HrCase>().CountAsync());
            Assert.Equal(0, await db.Set<CaseNote>().CountAsync());
        }

        await using (var db = Context())
        {
            await db.GetService<IMigrator>().MigrateAsync(MigrationBefore);
            var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE '%HrCase%'").ToListAsync();
            Assert.Empty(tables);
            Assert.False(await db.Set<TableVersion>().AnyAsync(v => v.Name == "HrCases"));
        }
    }
}
