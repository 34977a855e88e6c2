using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TimelineArguments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubjectType",
                table: "TimelineEntries",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SubjectId",
                table: "TimelineEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Arguments",
                table: "TimelineEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Audience",
                table: "TimelineEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AudienceEmployeeId",
                table: "TimelineEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AudienceRole",
                table: "TimelineEntries",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            // The old columns are still there: the sentences are taken apart before they go.
            TimelineDataMigration.Up(migrationBuilder);

            migrationBuilder.DropForeignKey(
                name: "FK_TimelineEntries_Employees_EmployeeId",
                table: "TimelineEntries");

            migrationBuilder.DropIndex(
                name: "IX_TimelineEntries_EmployeeId_Kind_OccurredAtUtc",
                table: "TimelineEntries");

            migrationBuilder.DropIndex(
                name: "IX_TimelineEntries_EmployeeId_OccurredAtUtc",
                table: "TimelineEntries");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "TimelineEntries");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "TimelineEntries");

            migrationBuilder.DropColumn(
                name: "EmployeeId",
                table: "TimelineEntries");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_SubjectType_SubjectId_Kind_OccurredAtUtc",
                table: "TimelineEntries",
                columns: new[] { "SubjectType", "SubjectId", "Kind", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_SubjectType_SubjectId_OccurredAtUtc",
                table: "TimelineEntries",
                columns: new[] { "SubjectType", "SubjectId", "OccurredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EmployeeId",
                table: "TimelineEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Visibility",
                table: "TimelineEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "TimelineEntries",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            TimelineDataMigration.Down(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_TimelineEntries_SubjectType_SubjectId_Kind_OccurredAtUtc",
                table: "TimelineEntries");

            migrationBuilder.DropIndex(
                name: "IX_TimelineEntries_SubjectType_SubjectId_OccurredAtUtc",
                table: "TimelineEntries");

            migrationBuilder.DropColumn(name: "Arguments", table: "TimelineEntries");
            migrationBuilder.DropColumn(name: "Audience", table: "TimelineEntries");
            migrationBuilder.DropColumn(name: "AudienceEmployeeId", table: "TimelineEntries");
            migrationBuilder.DropColumn(name: "AudienceRole", table: "TimelineEntries");
            migrationBuilder.DropColumn(name: "SubjectId", table: "TimelineEntries");
            migrationBuilder.DropColumn(name: "SubjectType", table: "TimelineEntries");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_EmployeeId_Kind_OccurredAtUtc",
                table: "TimelineEntries",
                columns: new[] { "EmployeeId", "Kind", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_EmployeeId_OccurredAtUtc",
                table: "TimelineEntries",
                columns: new[] { "EmployeeId", "OccurredAtUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_TimelineEntries_Employees_EmployeeId",
                table: "TimelineEntries",
                column: "EmployeeId",
                principalTable: "Employees",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
