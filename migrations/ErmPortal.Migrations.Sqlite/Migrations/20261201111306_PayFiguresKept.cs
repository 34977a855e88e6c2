using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Versions for the compensation cycles, their guidelines, the departments' budgets and the pay proposals, so HR's
    /// roll-up of a cycle and what a manager's pay review reads from their whole subtree are kept between writes. No
    /// schema change.
    /// </summary>
    public partial class PayFiguresKept : Migration
    {
        private static readonly string[] Tables = ["CompensationCycles", "CompensationGuidelineCells", "CompensationBudgets", "PayProposals"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables) TableVersionsMigration.Track(migrationBuilder, table);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables) TableVersionsMigration.Untrack(migrationBuilder, table);
        }
    }
}
