using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PersianLetterSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index's triggers and contents again, now folding Arabic yeh and kaf into the Persian letters.
            EmployeeSearchIndex.DropTriggers(migrationBuilder);
            EmployeeSearchIndex.CreateTriggers(migrationBuilder);
            EmployeeSearchIndex.Refill(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the folded index finds everything the earlier one did.
        }
    }
}
