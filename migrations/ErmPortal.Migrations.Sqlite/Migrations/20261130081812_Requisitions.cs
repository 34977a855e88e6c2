using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Requisitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Requisitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PositionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReplacesEmployeeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    SalaryFrom = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    SalaryTo = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    TargetStartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RequestedById = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requisitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Requisitions_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Requisitions_Employees_ReplacesEmployeeId",
                        column: x => x.ReplacesEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Requisitions_Employees_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Requisitions_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Requisitions_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requisitions_DepartmentId",
                table: "Requisitions",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Requisitions_LocationId",
                table: "Requisitions",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Requisitions_PositionId",
                table: "Requisitions",
                column: "PositionId");

            migrationBuilder.CreateIndex(
                name: "IX_Requisitions_ReplacesEmployeeId",
                table: "Requisitions",
                column: "ReplacesEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Requisitions_RequestedById_RequestedAtUtc",
                table: "Requisitions",
                columns: new[] { "RequestedById", "RequestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Requisitions_Status_RequestedAtUtc",
                table: "Requisitions",
                columns: new[] { "Status", "RequestedAtUtc" });

            // HR's menu badge counts the requisitions waiting and is kept until one is written.
            TableVersionsMigration.Track(migrationBuilder, "Requisitions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            TableVersionsMigration.Untrack(migrationBuilder, "Requisitions");
            migrationBuilder.DropTable(
                name: "Requisitions");
        }
    }
}
