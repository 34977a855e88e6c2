using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Migrations.Sqlite.Migrations;

/// <summary>
/// Turns the timeline's stored English sentences into kinds with arguments, and its ordered visibility into an
/// audience, while both the old and the new columns exist. Sentences whose parts can be told apart become
/// arguments (hires take their job from the person's first job history row); the rest (job changes, which named
/// only what changed) become "legacy" entries that keep their text. The SQL is fixed text: no value is spliced in.
/// </summary>
public static class TimelineDataMigration
{
    // Audience flags: 1 the person, 2 their manager chain, 4 HR.
    private const string Audience = """
        UPDATE TimelineEntries SET SubjectType = 'employee', SubjectId = EmployeeId,
            Audience = CASE Visibility WHEN 0 THEN 7 WHEN 1 THEN 6 ELSE 4 END;
        """;

    // Change requests are between the person and HR; managers no longer read them.
    private const string ChangeRequestAudience = "UPDATE TimelineEntries SET Audience = Audience & 5 WHERE Kind = 'change-request';";

    private const string Hired = """
        UPDATE TimelineEntries SET Arguments = COALESCE((
            SELECT json_object('positionId', p.Id, 'position', p.Title, 'departmentId', d.Id, 'department', d.Name,
                               'locationId', l.Id, 'location', l.Name)
            FROM Employees e
            LEFT JOIN JobChanges j ON j.Id = (SELECT f.Id FROM JobChanges f WHERE f.EmployeeId = e.Id ORDER BY f.EffectiveDate, f.Id LIMIT 1)
            JOIN Positions p ON p.Id = COALESCE(j.PositionId, e.PositionId)
            JOIN Departments d ON d.Id = COALESCE(j.DepartmentId, e.DepartmentId)
            JOIN Locations l ON l.Id = COALESCE(j.LocationId, e.LocationId)
            WHERE e.Id = TimelineEntries.EmployeeId), '')
        WHERE Kind = 'hired' AND Summary LIKE 'Joined as %';
        """;

    private const string Statuses = "('Onboarding', 'Active', 'OnLeave', 'Leaving', 'Left')";
    private const string StatusFrom = "substr(Summary, 8, instr(Summary, ' → ') - 8)";
    private const string StatusTo = "substr(Summary, instr(Summary, ' → ') + 3)";
    private const string StatusChanged = $"""
        UPDATE TimelineEntries SET Arguments = json_object('from', {StatusFrom}, 'to', {StatusTo})
        WHERE Kind = 'status-changed' AND Summary LIKE 'Status % → %' AND {StatusFrom} IN {Statuses} AND {StatusTo} IN {Statuses};
        """;

    private const string LastDay = """
        UPDATE TimelineEntries SET Arguments = json_object('lastDay', substr(Summary, 17))
        WHERE Kind = 'leaving' AND Summary LIKE 'Last day set to %'
          AND substr(Summary, 17) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';
        """;

    private const string LeavingReason = """
        UPDATE TimelineEntries SET Arguments = CASE
            WHEN Summary LIKE 'Leaving voluntarily: %' THEN json_object('voluntary', json('true'), 'reason', substr(Summary, 22))
            ELSE json_object('voluntary', json('false'), 'reason', substr(Summary, 24)) END
        WHERE Kind = 'leaving' AND (Summary LIKE 'Leaving voluntarily: %' OR Summary LIKE 'Leaving involuntarily: %');
        """;

    /// <summary>"a, b" as a JSON array of strings; the names are the portal's own words, with no quotes or backslashes.</summary>
    private static string JsonList(string list) => $"""json('["' || replace({list}, ', ', '","') || '"]')""";

    private static readonly string ProfileUpdated = $"""
        UPDATE TimelineEntries SET Arguments = json_object('fields', {JsonList("substr(Summary, 9)")})
        WHERE Kind = 'profile-updated' AND Summary LIKE 'Updated %' AND Summary NOT LIKE '%"%' AND Summary NOT LIKE '%\%';
        """;

    /// <summary>The lower-case field labels change requests were told with, back to the field names they stand for.</summary>
    private static string FieldNames(string labels) =>
        $"replace(replace(replace(replace(replace(replace({labels}, 'legal first name', 'LegalFirstName'), 'legal last name', 'LegalLastName'), " +
        "'home address', 'HomeAddress'), 'date of birth', 'DateOfBirth'), 'national id', 'NationalId'), 'bank account', 'BankAccount')";

    private static string ChangeRequest(string pattern, string fields, string outcome, string? reason = null) => $"""
        UPDATE TimelineEntries SET Arguments = json_object('fields', {JsonList(FieldNames(fields))}, 'outcome', '{outcome}'{(reason is null ? "" : $", 'reason', {reason}")})
        WHERE Kind = 'change-request' AND Summary LIKE '{pattern}' AND Arguments = '';
        """;

    private const string Legacy = """
        UPDATE TimelineEntries SET Arguments = json_object('text', Summary, 'kind', Kind), Kind = 'legacy' WHERE Arguments = '';
        """;

    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(Audience);
        migrationBuilder.Sql(ChangeRequestAudience);
        migrationBuilder.Sql(Hired);
        migrationBuilder.Sql(StatusChanged);
        migrationBuilder.Sql(LastDay);
        migrationBuilder.Sql(LeavingReason);
        migrationBuilder.Sql(ProfileUpdated);
        migrationBuilder.Sql(ChangeRequest("Asked to change %", "substr(Summary, 17)", "submitted"));
        migrationBuilder.Sql(ChangeRequest("Change of % approved and applied", "substr(Summary, 11, length(Summary) - 31)", "approved"));
        migrationBuilder.Sql(ChangeRequest("Change of % rejected: %", "substr(Summary, 11, instr(Summary, ' rejected: ') - 11)", "rejected",
            "substr(Summary, instr(Summary, ' rejected: ') + 11)"));
        migrationBuilder.Sql(ChangeRequest("Change request for % withdrawn", "substr(Summary, 20, length(Summary) - 29)", "withdrawn"));
        migrationBuilder.Sql(Legacy);
    }

    /// <summary>Back to one sentence per entry: the legacy text where there is one, otherwise the kind's name.</summary>
    public static void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            UPDATE TimelineEntries SET EmployeeId = SubjectId,
                Visibility = CASE WHEN Audience & 1 = 1 THEN 0 WHEN Audience & 2 = 2 THEN 1 ELSE 2 END,
                Summary = COALESCE(json_extract(Arguments, '$.text'), Kind),
                Kind = COALESCE(json_extract(Arguments, '$.kind'), Kind);
            DELETE FROM TimelineEntries WHERE SubjectType <> 'employee';
            """);
}
