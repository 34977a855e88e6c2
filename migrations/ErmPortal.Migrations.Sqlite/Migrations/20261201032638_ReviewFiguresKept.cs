using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Versions for the review tables, so HR's cycle overview and the calibration figures are kept between writes. The
    /// model's only change is the calibration adjustment's navigation to its review, which needs no schema change.
    /// </summary>
    public partial class ReviewFiguresKept : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in ReviewTracking.Tables) TableVersionsMigration.Track(migrationBuilder, table);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in ReviewTracking.Tables) TableVersionsMigration.Untrack(migrationBuilder, table);
        }
    }
}
