using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Offers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FilledAtUtc",
                table: "Requisitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HiredCount",
                table: "Requisitions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    YearlySalary = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PositionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OutsideRange = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DraftedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DraftedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovalDecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ApprovalDecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovalNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HiredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HiredAsTransfer = table.Column<bool>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offers_JobApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "JobApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Offers_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_ApplicationId_DraftedAtUtc",
                table: "Offers",
                columns: new[] { "ApplicationId", "DraftedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_OneLivePerApplication",
                table: "Offers",
                column: "ApplicationId",
                unique: true,
                filter: "\"Status\" IN ('Draft', 'PendingApproval', 'Approved', 'Sent', 'Accepted')");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_PositionId",
                table: "Offers",
                column: "PositionId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Status_DraftedAtUtc",
                table: "Offers",
                columns: new[] { "Status", "DraftedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Offers");

            migrationBuilder.DropColumn(
                name: "FilledAtUtc",
                table: "Requisitions");

            migrationBuilder.DropColumn(
                name: "HiredCount",
                table: "Requisitions");
        }
    }
}
