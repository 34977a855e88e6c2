using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequisitionsByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Requisitions_RequestedAtUtc",
                table: "Requisitions",
                column: "RequestedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requisitions_RequestedAtUtc",
                table: "Requisitions");
        }
    }
}
