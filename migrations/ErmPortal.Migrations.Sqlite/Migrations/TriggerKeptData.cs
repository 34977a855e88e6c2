using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Migrations.Sqlite.Migrations;

/// <summary>
/// What triggers keep from the rows written (the home pages' figures, the full-text indexes, the table versions), all
/// made again from the rows there are. A bulk load (the demo seeder) drops the triggers, writes, creates them again and
/// calls this: the work the triggers would have done row by row, done once. A migration that adds a trigger keeping a
/// table adds that table's refill here; the seeded-data tests compare every kept figure with a count of the rows.
/// </summary>
public static class TriggerKeptData
{
    public static void Refill(MigrationBuilder migrationBuilder)
    {
        HomeFiguresMigration.Refill(migrationBuilder);
        EmployeeSearchIndex.Refill(migrationBuilder);
        CandidateSearchIndex.Refill(migrationBuilder);
        TableVersionsMigration.MoveAll(migrationBuilder);
    }
}
