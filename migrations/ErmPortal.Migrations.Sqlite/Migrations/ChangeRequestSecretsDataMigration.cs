using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Migrations.Sqlite.Migrations;

/// <summary>
/// Decided change requests kept whole bank accounts and national ids; the portal now keeps them masked once a request
/// is decided (as <c>Masking.Mask</c> does: "••••" and the last characters, spaces left out). This masks the ones
/// decided before. Masking a masked value gives it back unchanged, so running it twice is harmless. The SQL is
/// fixed text: no value is spliced in.
/// </summary>
public static class ChangeRequestSecretsDataMigration
{
    private static string Masked(string column, int visible) => $"""
        CASE WHEN {column} IS NULL OR {column} = '' THEN {column}
             WHEN length(replace({column}, ' ', '')) <= {visible} THEN substr('••••', 1, length(replace({column}, ' ', '')))
             ELSE '••••' || substr(replace({column}, ' ', ''), -{visible}) END
        """;

    private static string MaskDecided(string field, int visible) => $"""
        UPDATE ChangeRequestItem SET OldValue = {Masked("OldValue", visible)}, NewValue = {Masked("NewValue", visible)}
        WHERE Field = '{field}' AND ChangeRequestId IN (SELECT Id FROM ChangeRequests WHERE Status <> 'Pending');
        """;

    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(MaskDecided("BankAccount", 4));
        migrationBuilder.Sql(MaskDecided("NationalId", 2));
    }
}
