using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListsAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Employees_DepartmentId_LegalLastName",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_Directory",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_LocationId_LegalLastName",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_Status",
                table: "Employees");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_DepartmentId_LegalLastName_LegalFirstName_Id_Status",
                table: "Employees",
                columns: new[] { "DepartmentId", "LegalLastName", "LegalFirstName", "Id", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Directory",
                table: "Employees",
                columns: new[] { "LegalLastName", "LegalFirstName", "Id", "Status", "DepartmentId", "LocationId", "PositionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_LocationId_LegalLastName_LegalFirstName_Id_Status",
                table: "Employees",
                columns: new[] { "LocationId", "LegalLastName", "LegalFirstName", "Id", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Status_LegalLastName_LegalFirstName_Id",
                table: "Employees",
                columns: new[] { "Status", "LegalLastName", "LegalFirstName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_RequestedAtUtc",
                table: "ChangeRequests",
                column: "RequestedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_Field_AtUtc",
                table: "AuditEntries",
                columns: new[] { "EntityType", "Field", "AtUtc" });

            EmployeeSearchIndex.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            EmployeeSearchIndex.Down(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_Employees_DepartmentId_LegalLastName_LegalFirstName_Id_Status",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_Directory",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_LocationId_LegalLastName_LegalFirstName_Id_Status",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_Status_LegalLastName_LegalFirstName_Id",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_ChangeRequests_RequestedAtUtc",
                table: "ChangeRequests");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_EntityType_Field_AtUtc",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_DepartmentId_LegalLastName",
                table: "Employees",
                columns: new[] { "DepartmentId", "LegalLastName" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Directory",
                table: "Employees",
                columns: new[] { "LegalLastName", "LegalFirstName", "PreferredName", "Status", "DepartmentId", "LocationId", "PositionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_LocationId_LegalLastName",
                table: "Employees",
                columns: new[] { "LocationId", "LegalLastName" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Status",
                table: "Employees",
                column: "Status");
        }
    }
}
