using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CandidateSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_JobApplications_AppliedAtUtc",
                table: "JobApplications",
                column: "AppliedAtUtc");

            CandidateSearchIndex.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            CandidateSearchIndex.Down(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_JobApplications_AppliedAtUtc",
                table: "JobApplications");
        }
    }
}
