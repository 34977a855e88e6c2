using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Migrations.Sqlite.Migrations;

/// <summary>
/// The full-text index candidates are found by: an FTS5 table <c>CandidateSearch</c>, one row per candidate (its rowid is
/// the candidate's id) with their names, email and skills, kept in step by SQLite triggers on <c>Candidates</c> whoever
/// writes (the careers page, a recruiter, the anonymising job, the seeder); the migration fills it for what is there.
/// Tokenised as <see cref="EmployeeSearchIndex"/> is (case and accents folded, word prefixes, Persian letters folded), so
/// the same words find the same people in both.
/// <para>
/// A migration that rebuilds the Candidates table calls <see cref="DropTriggers"/> before and <see cref="CreateTriggers"/> after.
/// </para>
/// </summary>
public static class CandidateSearchIndex
{
    private const string Table = """
        CREATE VIRTUAL TABLE CandidateSearch USING fts5(
            Names, Email, Skills,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
        """;

    private static string Folded(string text) => $"replace(replace({text}, 'ي', 'ی'), 'ك', 'ک')";

    private static readonly string Refresh = $"""
        INSERT OR REPLACE INTO CandidateSearch(rowid, Names, Email, Skills)
        SELECT c.Id, {Folded("c.FirstName || ' ' || c.LastName")}, c.Email, {Folded("COALESCE(c.Skills, '')")}
        FROM Candidates c
        """;

    private static readonly (string Name, string Sql)[] Triggers =
    [
        ("CandidateSearch_CandidateAdded", $"AFTER INSERT ON Candidates BEGIN {Refresh} WHERE c.Id = new.Id; END"),
        ("CandidateSearch_CandidateChanged",
            $"AFTER UPDATE OF FirstName, LastName, Email, Skills ON Candidates BEGIN {Refresh} WHERE c.Id = new.Id; END"),
        ("CandidateSearch_CandidateRemoved", "AFTER DELETE ON Candidates BEGIN DELETE FROM CandidateSearch WHERE rowid = old.Id; END"),
    ];

    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Table);
        Fill(migrationBuilder);
        CreateTriggers(migrationBuilder);
    }

    /// <summary>The index made again from the candidates there are now, whatever it held.</summary>
    public static void Refill(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DELETE FROM CandidateSearch;");
        Fill(migrationBuilder);
    }

    private static void Fill(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(Refresh + "; INSERT INTO CandidateSearch(CandidateSearch) VALUES ('optimize');");

    public static void Down(MigrationBuilder migrationBuilder)
    {
        DropTriggers(migrationBuilder);
        migrationBuilder.Sql("DROP TABLE IF EXISTS CandidateSearch;");
    }

    public static void CreateTriggers(MigrationBuilder migrationBuilder)
    {
        foreach (var (name, sql) in Triggers)
            migrationBuilder.Sql($"CREATE TRIGGER {name} {sql};");
    }

    public static void DropTriggers(MigrationBuilder migrationBuilder)
    {
        foreach (var (name, _) in Triggers)
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {name};");
    }
}
