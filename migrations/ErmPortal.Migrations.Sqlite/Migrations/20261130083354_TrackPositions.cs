using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrackPositions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // HR's card of waiting requisitions shows position titles and is kept until one of its tables is written.
            TableVersionsMigration.Track(migrationBuilder, "Positions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TableVersionsMigration.Untrack(migrationBuilder, "Positions");
        }
    }
}
