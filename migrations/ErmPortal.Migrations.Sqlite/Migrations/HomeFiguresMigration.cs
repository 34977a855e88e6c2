using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Migrations.Sqlite.Migrations;

/// <summary>
/// The home pages' figures, kept by the database itself: triggers on Employees maintain headcount per department and
/// status and the workforce's months, triggers on AspNetUsers the account figures, so that every write (the forms,
/// the CSV import's prepared inserts, the seeder, the scheduled jobs, plain SQL) keeps them right and a home page
/// reads a few small rows instead of counting the organisation. Each trigger takes the old row's contribution away
/// and adds the new one's, with an upsert, so a figure row appears the first time it is needed. The tables are
/// filled from what is there when the migration runs. An index on the hire date's month and day lets the coming
/// anniversaries be found without reading everyone. The SQL is fixed text: no value is spliced in.
/// </summary>
/// <remarks>
/// A later migration that rebuilds Employees or AspNetUsers (EF does for some column changes on SQLite) drops their
/// triggers and this index with the old table: it must create them again (<see cref="CreateEmployeeTriggers"/>,
/// <see cref="CreateAccountTriggers"/>). The home page tests fail when a figure stops moving.
/// </remarks>
public static class HomeFiguresMigration
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        CreateEmployeeTriggers(migrationBuilder);
        CreateAccountTriggers(migrationBuilder);
        migrationBuilder.Sql(FillHeadcount);
        migrationBuilder.Sql(FillWorkforce);
        migrationBuilder.Sql(FillAccounts);
    }

    /// <summary>The figures counted again from the people and accounts there are now, whatever they held.</summary>
    public static void Refill(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DELETE FROM HeadcountFigures; DELETE FROM WorkforceMonths; DELETE FROM AccountFigures;");
        migrationBuilder.Sql(FillHeadcount);
        migrationBuilder.Sql(FillWorkforce);
        migrationBuilder.Sql(FillAccounts);
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var trigger in Triggers)
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
        migrationBuilder.Sql($"DROP INDEX IF EXISTS {AnniversaryIndex};");
    }

    private const string AnniversaryIndex = "IX_Employees_HireMonthDay";

    private static readonly string[] Triggers =
    [
        "Employees_Headcount_Insert", "Employees_Headcount_Update", "Employees_Headcount_Delete",
        "Employees_Workforce_Insert", "Employees_Workforce_Update", "Employees_Workforce_Delete",
        "AspNetUsers_Figures_Insert", "AspNetUsers_Figures_Update", "AspNetUsers_Figures_Delete",
    ];

    public static void CreateEmployeeTriggers(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"CREATE TRIGGER Employees_Headcount_Insert AFTER INSERT ON Employees BEGIN {Headcount("NEW", +1)} END;");
        migrationBuilder.Sql($"CREATE TRIGGER Employees_Headcount_Delete AFTER DELETE ON Employees BEGIN {Headcount("OLD", -1)} END;");
        migrationBuilder.Sql($"""
            CREATE TRIGGER Employees_Headcount_Update AFTER UPDATE OF DepartmentId, Status ON Employees
            WHEN OLD.DepartmentId IS NOT NEW.DepartmentId OR OLD.Status IS NOT NEW.Status
            BEGIN {Headcount("OLD", -1)} {Headcount("NEW", +1)} END;
            """);
        migrationBuilder.Sql($"CREATE TRIGGER Employees_Workforce_Insert AFTER INSERT ON Employees BEGIN {Workforce("NEW", +1)} END;");
        migrationBuilder.Sql($"CREATE TRIGGER Employees_Workforce_Delete AFTER DELETE ON Employees BEGIN {Workforce("OLD", -1)} END;");
        migrationBuilder.Sql($"""
            CREATE TRIGGER Employees_Workforce_Update AFTER UPDATE OF HireDate, LastDay, Status ON Employees
            WHEN OLD.HireDate IS NOT NEW.HireDate OR OLD.LastDay IS NOT NEW.LastDay OR OLD.Status IS NOT NEW.Status
            BEGIN {Workforce("OLD", -1)} {Workforce("NEW", +1)} END;
            """);
        // The very expression EF writes for HireDate.Month * 100 + HireDate.Day, which SQLite matches to this index.
        migrationBuilder.Sql($"""
            CREATE INDEX {AnniversaryIndex} ON Employees (
                (CAST(strftime('%m', HireDate) AS INTEGER) * 100 + CAST(strftime('%d', HireDate) AS INTEGER)), HireDate, Status);
            """);
    }

    public static void CreateAccountTriggers(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"CREATE TRIGGER AspNetUsers_Figures_Insert AFTER INSERT ON AspNetUsers BEGIN {Accounts("NEW", +1)} END;");
        migrationBuilder.Sql($"CREATE TRIGGER AspNetUsers_Figures_Delete AFTER DELETE ON AspNetUsers BEGIN {Accounts("OLD", -1)} END;");
        // Every sign-in writes LastSignInAtUtc: only the first one, and disabling or enabling, change a figure.
        migrationBuilder.Sql($"""
            CREATE TRIGGER AspNetUsers_Figures_Update AFTER UPDATE OF DisabledAtUtc, LastSignInAtUtc ON AspNetUsers
            WHEN (OLD.DisabledAtUtc IS NULL) <> (NEW.DisabledAtUtc IS NULL) OR (OLD.LastSignInAtUtc IS NULL) <> (NEW.LastSignInAtUtc IS NULL)
            BEGIN {Accounts("OLD", -1)} {Accounts("NEW", +1)} END;
            """);
    }

    private static string Headcount(string row, int sign) => $"""
        INSERT INTO HeadcountFigures (DepartmentId, Status, Count) VALUES ({row}.DepartmentId, {row}.Status, {sign})
        ON CONFLICT (DepartmentId, Status) DO UPDATE SET Count = Count + excluded.Count;
        """;

    /// <summary>
    /// The day someone stops counting in the headcount: the day after their last day (never before their hire date),
    /// or for someone recorded as Left without a last day, their hire date: they count as gone throughout, their
    /// leaving predating the portal.
    /// </summary>
    private static string GoneFrom(string row) =>
        $"CASE WHEN {row}.LastDay IS NOT NULL THEN max({row}.HireDate, date({row}.LastDay, '+1 day')) WHEN {row}.Status = 'Left' THEN {row}.HireDate END";

    private static string Workforce(string row, int sign) => $"""
        INSERT INTO WorkforceMonths (Month, Hires, Leavers, Departures) SELECT date({row}.HireDate, 'start of month'), {sign}, 0, 0 WHERE true
        ON CONFLICT (Month) DO UPDATE SET Hires = Hires + excluded.Hires;
        INSERT INTO WorkforceMonths (Month, Hires, Leavers, Departures) SELECT date({row}.LastDay, 'start of month'), 0, {sign}, 0 WHERE {row}.LastDay IS NOT NULL
        ON CONFLICT (Month) DO UPDATE SET Leavers = Leavers + excluded.Leavers;
        INSERT INTO WorkforceMonths (Month, Hires, Leavers, Departures) SELECT date({GoneFrom(row)}, 'start of month'), 0, 0, {sign} WHERE ({GoneFrom(row)}) IS NOT NULL
        ON CONFLICT (Month) DO UPDATE SET Departures = Departures + excluded.Departures;
        """;

    private static string Accounts(string row, int sign) => $"""
        INSERT INTO AccountFigures (Id, Accounts, Disabled, NeverSignedIn)
        VALUES (1, {sign}, ({row}.DisabledAtUtc IS NOT NULL) * {sign}, ({row}.LastSignInAtUtc IS NULL AND {row}.DisabledAtUtc IS NULL) * {sign})
        ON CONFLICT (Id) DO UPDATE SET Accounts = Accounts + excluded.Accounts, Disabled = Disabled + excluded.Disabled,
            NeverSignedIn = NeverSignedIn + excluded.NeverSignedIn;
        """;

    private const string FillHeadcount = """
        INSERT INTO HeadcountFigures (DepartmentId, Status, Count)
        SELECT DepartmentId, Status, COUNT(*) FROM Employees GROUP BY DepartmentId, Status;
        """;

    private static readonly string FillWorkforce = $"""
        INSERT INTO WorkforceMonths (Month, Hires, Leavers, Departures)
        SELECT Month, SUM(Hires), SUM(Leavers), SUM(Departures) FROM (
            SELECT date(HireDate, 'start of month') AS Month, 1 AS Hires, 0 AS Leavers, 0 AS Departures FROM Employees
            UNION ALL SELECT date(LastDay, 'start of month'), 0, 1, 0 FROM Employees WHERE LastDay IS NOT NULL
            UNION ALL SELECT date(GoneFrom, 'start of month'), 0, 0, 1
                FROM (SELECT {GoneFrom("Employees")} AS GoneFrom FROM Employees) WHERE GoneFrom IS NOT NULL)
        GROUP BY Month;
        """;

    private const string FillAccounts = """
        INSERT INTO AccountFigures (Id, Accounts, Disabled, NeverSignedIn)
        SELECT 1, COUNT(*), COUNT(DisabledAtUtc), COUNT(CASE WHEN LastSignInAtUtc IS NULL AND DisabledAtUtc IS NULL THEN 1 END) FROM AspNetUsers;
        """;
}
