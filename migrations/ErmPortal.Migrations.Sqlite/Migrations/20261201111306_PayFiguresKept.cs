using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// A version for the pay proposals, so HR's roll-up of a compensation cycle by department is kept between writes.
    /// No schema change.
    /// </summary>
    public partial class PayFiguresKept : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            TableVersionsMigration.Track(migrationBuilder, "PayProposals");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TableVersionsMigration.Untrack(migrationBuilder, "PayProposals");
        }
    }
}
