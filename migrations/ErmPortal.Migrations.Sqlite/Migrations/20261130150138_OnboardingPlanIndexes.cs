using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OnboardingPlanIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_JourneyPlanTasks_PlanId_CompletedAtUtc_DueDate",
                table: "JourneyPlanTasks",
                columns: new[] { "PlanId", "CompletedAtUtc", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyPlans_Status_AnchorDate",
                table: "JourneyPlans",
                columns: new[] { "Status", "AnchorDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JourneyPlanTasks_PlanId_CompletedAtUtc_DueDate",
                table: "JourneyPlanTasks");

            migrationBuilder.DropIndex(
                name: "IX_JourneyPlans_Status_AnchorDate",
                table: "JourneyPlans");
        }
    }
}
