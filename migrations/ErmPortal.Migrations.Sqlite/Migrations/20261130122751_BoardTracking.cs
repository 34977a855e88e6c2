using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BoardTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Each source's track record (part of a candidate's score) reads every ended application and its stage; it
            // is kept until one of them is written.
            TableVersionsMigration.Track(migrationBuilder, "JobApplications");
            TableVersionsMigration.Track(migrationBuilder, "OpeningStages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TableVersionsMigration.Untrack(migrationBuilder, "OpeningStages");
            TableVersionsMigration.Untrack(migrationBuilder, "JobApplications");
        }
    }
}
