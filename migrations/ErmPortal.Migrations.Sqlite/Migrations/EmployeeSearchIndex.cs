using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Migrations.Sqlite.Migrations;

/// <summary>
/// The full-text indexes people are found by: an FTS5 table <c>EmployeeSearch</c>, one row per employee (its rowid is the
/// employee's id) with their names, work email, position title, department and location, and <c>EmployeeSkillSearch</c>,
/// one row per skill (its rowid is the tag's id, beside the employee's id). Skills have their own table so that adding
/// one writes one row instead of rewriting the person's whole entry: a bulk load of people and their skills stays cheap.
/// SQLite triggers keep both in step with every write to the tables they draw on, whoever makes it (the forms, the CSV
/// import, the seeder, a script), so no write path can forget them; the migration fills them for what is already there.
/// <para>
/// unicode61 with remove_diacritics 2 folds case and accents ("jose" finds "José") and splits Latin, Persian and Chinese
/// text into words; queries match word prefixes ("Smi" finds "Smith"). It keeps a run of Han characters as one word, so
/// names written family name first without a space ("王伟", stored as last name 王, first name 伟) are also indexed in that
/// written form. The index stores its own copy of the text (not contentless, not trigram with diacritics) so the sqlite3
/// shell of older distributions can still read and write the database.
/// </para>
/// <para>
/// EF Core rebuilds a SQLite table (create, copy, drop, rename) for many column changes. These triggers name Employees,
/// Positions, Departments, Locations and EmployeeTags, so such a rebuild fails ("error in trigger … no such table"): a
/// migration that rebuilds one of them calls <see cref="DropTriggers"/> before and <see cref="CreateTriggers"/> after.
/// </para>
/// </summary>
public static class EmployeeSearchIndex
{
    private const string Tables = """
        CREATE VIRTUAL TABLE EmployeeSearch USING fts5(
            Names, Email, Title, Department, Location,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
        CREATE VIRTUAL TABLE EmployeeSkillSearch USING fts5(
            Name, EmployeeId UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
        """;

    /// <summary>
    /// Persian written with an Arabic keyboard has Arabic yeh and kaf (ي, ك) where a Persian one has ی and ک: the same
    /// letters to a reader, different characters to the index. Both are indexed as the Persian ones; the portal folds
    /// what is typed the same way (EmployeeSearch.Phrases).
    /// </summary>
    private static string Folded(string text) => $"replace(replace({text}, 'ي', 'ی'), 'ك', 'ک')";

    // 11904-40959 is U+2E80-U+9FFF: CJK radicals, punctuation, kana and the unified Han ideographs.
    private static readonly string Refresh = $"""
        INSERT OR REPLACE INTO EmployeeSearch(rowid, Names, Email, Title, Department, Location)
        SELECT e.Id,
            {Folded("""
                e.LegalFirstName || ' ' || e.LegalLastName || COALESCE(' ' || e.PreferredName, '')
                || CASE WHEN unicode(e.LegalLastName) BETWEEN 11904 AND 40959 THEN ' ' || e.LegalLastName || e.LegalFirstName ELSE '' END
                """)},
            e.WorkEmail,
            {Folded("(SELECT p.Title FROM Positions p WHERE p.Id = e.PositionId)")},
            {Folded("(SELECT d.Name FROM Departments d WHERE d.Id = e.DepartmentId)")},
            {Folded("(SELECT l.Name FROM Locations l WHERE l.Id = e.LocationId)")}
        FROM Employees e
        """;

    private static readonly string AddSkill =
        $"INSERT INTO EmployeeSkillSearch(rowid, Name, EmployeeId) SELECT new.Id, {Folded("new.Name")}, new.EmployeeId WHERE new.Kind = 'Skill'";

    private static readonly (string Name, string Sql)[] Triggers =
    [
        ("EmployeeSearch_EmployeeAdded", $"AFTER INSERT ON Employees BEGIN {Refresh} WHERE e.Id = new.Id; END"),
        ("EmployeeSearch_EmployeeChanged",
            $"AFTER UPDATE OF LegalFirstName, LegalLastName, PreferredName, WorkEmail, PositionId, DepartmentId, LocationId ON Employees " +
            $"BEGIN {Refresh} WHERE e.Id = new.Id; END"),
        ("EmployeeSearch_EmployeeRemoved", "AFTER DELETE ON Employees BEGIN DELETE FROM EmployeeSearch WHERE rowid = old.Id; END"),
        ("EmployeeSearch_PositionRenamed",
            $"AFTER UPDATE OF Title ON Positions WHEN old.Title IS NOT new.Title BEGIN {Refresh} WHERE e.PositionId = new.Id; END"),
        ("EmployeeSearch_DepartmentRenamed",
            $"AFTER UPDATE OF Name ON Departments WHEN old.Name IS NOT new.Name BEGIN {Refresh} WHERE e.DepartmentId = new.Id; END"),
        ("EmployeeSearch_LocationRenamed",
            $"AFTER UPDATE OF Name ON Locations WHEN old.Name IS NOT new.Name BEGIN {Refresh} WHERE e.LocationId = new.Id; END"),
        ("EmployeeSearch_SkillAdded", $"AFTER INSERT ON EmployeeTags BEGIN {AddSkill}; END"),
        ("EmployeeSearch_SkillRemoved", "AFTER DELETE ON EmployeeTags BEGIN DELETE FROM EmployeeSkillSearch WHERE rowid = old.Id; END"),
        ("EmployeeSearch_TagChanged",
            $"AFTER UPDATE ON EmployeeTags BEGIN DELETE FROM EmployeeSkillSearch WHERE rowid = old.Id; {AddSkill}; END"),
    ];

    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Tables);
        Fill(migrationBuilder);
        CreateTriggers(migrationBuilder);
    }

    /// <summary>Both indexes made again from the people and skills there are now, whatever they held.</summary>
    public static void Refill(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DELETE FROM EmployeeSearch; DELETE FROM EmployeeSkillSearch;");
        Fill(migrationBuilder);
    }

    private static void Fill(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Refresh + ";");
        migrationBuilder.Sql($"""
            INSERT INTO EmployeeSkillSearch(rowid, Name, EmployeeId) SELECT Id, {Folded("Name")}, EmployeeId FROM EmployeeTags WHERE Kind = 'Skill';
            INSERT INTO EmployeeSearch(EmployeeSearch) VALUES ('optimize');
            INSERT INTO EmployeeSkillSearch(EmployeeSkillSearch) VALUES ('optimize');
            """);
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        DropTriggers(migrationBuilder);
        migrationBuilder.Sql("DROP TABLE IF EXISTS EmployeeSearch; DROP TABLE IF EXISTS EmployeeSkillSearch;");
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
