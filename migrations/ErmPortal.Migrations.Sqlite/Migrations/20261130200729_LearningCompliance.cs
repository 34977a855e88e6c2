using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LearningCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrainingRecords_EmployeeId_CompletedOn_CourseId_Passed_ConfirmedAtUtc",
                table: "TrainingRecords");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_CompletedOn_EmployeeId",
                table: "TrainingRecords",
                columns: new[] { "CompletedOn", "EmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_EmployeeId_CourseId_CompletedOn_Passed_ConfirmedAtUtc",
                table: "TrainingRecords",
                columns: new[] { "EmployeeId", "CourseId", "CompletedOn", "Passed", "ConfirmedAtUtc" });

            foreach (var table in ComplianceTracking.Tables) TableVersionsMigration.Track(migrationBuilder, table);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in ComplianceTracking.Tables) TableVersionsMigration.Untrack(migrationBuilder, table);

            migrationBuilder.DropIndex(
                name: "IX_TrainingRecords_CompletedOn_EmployeeId",
                table: "TrainingRecords");

            migrationBuilder.DropIndex(
                name: "IX_TrainingRecords_EmployeeId_CourseId_CompletedOn_Passed_ConfirmedAtUtc",
                table: "TrainingRecords");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_EmployeeId_CompletedOn_CourseId_Passed_ConfirmedAtUtc",
                table: "TrainingRecords",
                columns: new[] { "EmployeeId", "CompletedOn", "CourseId", "Passed", "ConfirmedAtUtc" });
        }
    }
}
