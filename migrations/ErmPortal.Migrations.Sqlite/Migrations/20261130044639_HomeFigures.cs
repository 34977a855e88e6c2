using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HomeFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Employees_ProbationEndDate",
                table: "Employees");

            migrationBuilder.CreateTable(
                name: "AccountFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Accounts = table.Column<int>(type: "INTEGER", nullable: false),
                    Disabled = table.Column<int>(type: "INTEGER", nullable: false),
                    NeverSignedIn = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HeadcountFigures",
                columns: table => new
                {
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeadcountFigures", x => new { x.DepartmentId, x.Status });
                    table.ForeignKey(
                        name: "FK_HeadcountFigures_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TeamSizes",
                columns: table => new
                {
                    ManagerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    CountedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamSizes", x => x.ManagerId);
                    table.ForeignKey(
                        name: "FK_TeamSizes_Employees_ManagerId",
                        column: x => x.ManagerId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkforceMonths",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hires = table.Column<int>(type: "INTEGER", nullable: false),
                    Leavers = table.Column<int>(type: "INTEGER", nullable: false),
                    Departures = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkforceMonths", x => x.Month);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_ProbationEndDate_Status",
                table: "Employees",
                columns: new[] { "ProbationEndDate", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Status_LastDay",
                table: "Employees",
                columns: new[] { "Status", "LastDay" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_LockoutEnd",
                table: "AspNetUsers",
                column: "LockoutEnd",
                filter: "LockoutEnd IS NOT NULL");

            HomeFiguresMigration.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            HomeFiguresMigration.Down(migrationBuilder);

            migrationBuilder.DropTable(
                name: "AccountFigures");

            migrationBuilder.DropTable(
                name: "HeadcountFigures");

            migrationBuilder.DropTable(
                name: "TeamSizes");

            migrationBuilder.DropTable(
                name: "WorkforceMonths");

            migrationBuilder.DropIndex(
                name: "IX_Employees_ProbationEndDate_Status",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_Status_LastDay",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_LockoutEnd",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_ProbationEndDate",
                table: "Employees",
                column: "ProbationEndDate");
        }
    }
}
