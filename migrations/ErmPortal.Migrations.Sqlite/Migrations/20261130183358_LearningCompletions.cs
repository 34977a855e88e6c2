using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LearningCompletions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RefusalReason",
                table: "TrainingRecords",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RefusedAtUtc",
                table: "TrainingRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TrainingFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainingRecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GivenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingFeedback_CourseSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CourseSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TrainingFeedback_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingFeedback_TrainingRecords_TrainingRecordId",
                        column: x => x.TrainingRecordId,
                        principalTable: "TrainingRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFeedback_CourseId_Rating",
                table: "TrainingFeedback",
                columns: new[] { "CourseId", "Rating" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFeedback_SessionId",
                table: "TrainingFeedback",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFeedback_TrainingRecordId",
                table: "TrainingFeedback",
                column: "TrainingRecordId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingFeedback");

            migrationBuilder.DropColumn(
                name: "RefusalReason",
                table: "TrainingRecords");

            migrationBuilder.DropColumn(
                name: "RefusedAtUtc",
                table: "TrainingRecords");
        }
    }
}
