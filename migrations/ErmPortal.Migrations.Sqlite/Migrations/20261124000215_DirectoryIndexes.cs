using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EmployeeTags_Kind_Name",
                table: "EmployeeTags");

            migrationBuilder.DropIndex(
                name: "IX_Employees_LegalLastName_LegalFirstName",
                table: "Employees");

            migrationBuilder.CreateIndex(
                name: "IX_Locations_Name",
                table: "Locations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeTags_Kind_Name_EmployeeId",
                table: "EmployeeTags",
                columns: new[] { "Kind", "Name", "EmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Directory",
                table: "Employees",
                columns: new[] { "LegalLastName", "LegalFirstName", "PreferredName", "Status", "DepartmentId", "LocationId", "PositionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Locations_Name",
                table: "Locations");

            migrationBuilder.DropIndex(
                name: "IX_EmployeeTags_Kind_Name_EmployeeId",
                table: "EmployeeTags");

            migrationBuilder.DropIndex(
                name: "IX_Employees_Directory",
                table: "Employees");

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeTags_Kind_Name",
                table: "EmployeeTags",
                columns: new[] { "Kind", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_LegalLastName_LegalFirstName",
                table: "Employees",
                columns: new[] { "LegalLastName", "LegalFirstName" });
        }
    }
}
