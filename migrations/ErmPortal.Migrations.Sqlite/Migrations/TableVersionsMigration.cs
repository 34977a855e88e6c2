using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Migrations.Sqlite.Migrations;

/// <summary>
/// A version per tracked table, moved by triggers on every insert, update and delete, in the same transaction as the
/// write: a result kept from these tables (KeptResults in the portal) is read again after any write, whoever made it.
/// The table names are fixed text from this class.
/// </summary>
/// <remarks>
/// A later migration that rebuilds a tracked table (EF does for some column changes on SQLite) drops its triggers with
/// the old table and must track it again (<see cref="Track"/>). A new table is tracked by a migration calling
/// <see cref="Track"/>; asking for an untracked table's version fails at once.
/// </remarks>
public static class TableVersionsMigration
{
    /// <summary>The tables HR's home-page figures and the directory's filter lists are read from; later migrations track more.</summary>
    public static readonly string[] Tracked = ["Employees", "JobChanges", "ChangeRequests", "Departments", "Locations", "EmployeeTags"];

    private static readonly string[] Writes = ["Insert", "Update", "Delete"];

    public static void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tracked)
            Track(migrationBuilder, table);
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tracked)
            Untrack(migrationBuilder, table);
    }

    public static void Untrack(MigrationBuilder migrationBuilder, string table)
    {
        foreach (var write in Writes)
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {TriggerName(table, write)};");
        migrationBuilder.Sql($"DELETE FROM TableVersions WHERE Name = '{table}';");
    }

    /// <summary>Every tracked table's version moved once, for writes made while the triggers were off.</summary>
    public static void MoveAll(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("UPDATE TableVersions SET Version = Version + 1;");

    public static void Track(MigrationBuilder migrationBuilder, string table)
    {
        migrationBuilder.Sql($"INSERT OR IGNORE INTO TableVersions (Name, Version) VALUES ('{table}', 0);");
        foreach (var write in Writes)
            migrationBuilder.Sql($"""
                CREATE TRIGGER {TriggerName(table, write)} AFTER {write.ToUpperInvariant()} ON {table}
                BEGIN UPDATE TableVersions SET Version = Version + 1 WHERE Name = '{table}'; END;
                """);
    }

    private static string TriggerName(string table, string write) => $"{table}_Version_{write}";
}
