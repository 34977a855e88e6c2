using Microsoft.EntityFrameworkCore.Migrations;

namespace ErmPortal.Migrations.Sqlite.Migrations;

/// <summary>
/// Emails sent before the outbox began clearing bodies still hold theirs, set-password links included: they are
/// cleared once, like every email sent from now on. Going back down leaves them empty; they cannot be recovered.
/// </summary>
public static class SentEmailBodiesDataMigration
{
    public static void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("UPDATE OutboxEmails SET HtmlBody = NULL WHERE SentAtUtc IS NOT NULL;");

    public static void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("UPDATE OutboxEmails SET HtmlBody = '' WHERE HtmlBody IS NULL;");
}
