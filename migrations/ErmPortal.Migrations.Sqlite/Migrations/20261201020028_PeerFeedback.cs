using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PeerFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PeerFeedbackAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    KeepDoing = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DoDifferently = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerFeedbackAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerFeedbackAnswers_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeerNominations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NominatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Answered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerNominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerNominations_Employees_PeerId",
                        column: x => x.PeerId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PeerNominations_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeerFeedbackRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AnswerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompetencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerFeedbackRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerFeedbackRatings_PeerFeedbackAnswers_AnswerId",
                        column: x => x.AnswerId,
                        principalTable: "PeerFeedbackAnswers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PeerFeedbackRatings_ReviewCompetencies_CompetencyId",
                        column: x => x.CompetencyId,
                        principalTable: "ReviewCompetencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeerFeedbackAnswers_ReviewId",
                table: "PeerFeedbackAnswers",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerFeedbackRatings_AnswerId_CompetencyId",
                table: "PeerFeedbackRatings",
                columns: new[] { "AnswerId", "CompetencyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeerFeedbackRatings_CompetencyId",
                table: "PeerFeedbackRatings",
                column: "CompetencyId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerNominations_PeerId_Status_Answered",
                table: "PeerNominations",
                columns: new[] { "PeerId", "Status", "Answered" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerNominations_ReviewId_PeerId",
                table: "PeerNominations",
                columns: new[] { "ReviewId", "PeerId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeerFeedbackRatings");

            migrationBuilder.DropTable(
                name: "PeerNominations");

            migrationBuilder.DropTable(
                name: "PeerFeedbackAnswers");
        }
    }
}
