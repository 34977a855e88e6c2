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
            // The compliance report keeps everyone's mandatory items until one of these tables is written (KeptResults).
            foreach (var table in ComplianceTracking.Tables) TableVersionsMigration.Track(migrationBuilder, table);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_CompletedOn_EmployeeId",
                table: "TrainingRecords",
                columns: new[] { "CompletedOn", "EmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_EmployeeId_CourseId_CompletedOn_Passed_ConfirmedAtUtc",
                table: "TrainingRecords",
                columns: new[] { "EmployeeId", "CourseId", "CompletedOn", "Passed", "ConfirmedAtUtc" });
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
        }
    }
}
