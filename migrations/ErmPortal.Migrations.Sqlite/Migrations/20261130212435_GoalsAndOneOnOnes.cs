using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GoalsAndOneOnOnes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GoalCheckIns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GoalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AuthorId = table.Column<int>(type: "INTEGER", nullable: true),
                    CheckedInAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalCheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalCheckIns_Employees_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_GoalCheckIns_PerformanceGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "PerformanceGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OneOnOnes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ManagerId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SharedNotes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneOnOnes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OneOnOnes_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OneOnOnes_Employees_ManagerId",
                        column: x => x.ManagerId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OneOnOneActionItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneOnOneActionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OneOnOneActionItems_Employees_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OneOnOneActionItems_OneOnOnes_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "OneOnOnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OneOnOneAgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AddedById = table.Column<int>(type: "INTEGER", nullable: true),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneOnOneAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OneOnOneAgendaItems_Employees_AddedById",
                        column: x => x.AddedById,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_OneOnOneAgendaItems_OneOnOnes_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "OneOnOnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OneOnOnePrivateNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneOnOnePrivateNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OneOnOnePrivateNotes_Employees_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OneOnOnePrivateNotes_OneOnOnes_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "OneOnOnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoalCheckIns_AuthorId",
                table: "GoalCheckIns",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalCheckIns_GoalId_CheckedInAtUtc",
                table: "GoalCheckIns",
                columns: new[] { "GoalId", "CheckedInAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOneActionItems_MeetingId",
                table: "OneOnOneActionItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOneActionItems_OwnerId_DoneAtUtc_DueOn",
                table: "OneOnOneActionItems",
                columns: new[] { "OwnerId", "DoneAtUtc", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOneAgendaItems_AddedById",
                table: "OneOnOneAgendaItems",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOneAgendaItems_MeetingId",
                table: "OneOnOneAgendaItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOnePrivateNotes_AuthorId",
                table: "OneOnOnePrivateNotes",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOnePrivateNotes_MeetingId_AuthorId",
                table: "OneOnOnePrivateNotes",
                columns: new[] { "MeetingId", "AuthorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOnes_EmployeeId_ScheduledAtUtc",
                table: "OneOnOnes",
                columns: new[] { "EmployeeId", "ScheduledAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOnes_ManagerId_ScheduledAtUtc",
                table: "OneOnOnes",
                columns: new[] { "ManagerId", "ScheduledAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoalCheckIns");

            migrationBuilder.DropTable(
                name: "OneOnOneActionItems");

            migrationBuilder.DropTable(
                name: "OneOnOneAgendaItems");

            migrationBuilder.DropTable(
                name: "OneOnOnePrivateNotes");

            migrationBuilder.DropTable(
                name: "OneOnOnes");
        }
    }
}
