using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LearningDevelopment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DevelopmentNeeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Skill = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false, collation: "NOCASE"),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NotedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentNeeds_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EmployeeAgreedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManagerAgreedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManagerAgreedById = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlans_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlans_Employees_ManagerAgreedById",
                        column: x => x.ManagerAgreedById,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PositionSkills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PositionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false, collation: "NOCASE")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PositionSkills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PositionSkills_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationDismissals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    DismissedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationDismissals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationDismissals_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecommendationDismissals_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentComments_DevelopmentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "DevelopmentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DevelopmentComments_Employees_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Skill = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true, collation: "NOCASE"),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentGoals_DevelopmentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "DevelopmentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlannedCourses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedCourses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedCourses_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlannedCourses_DevelopmentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "DevelopmentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_EmployeeId_CompletedOn_CourseId_Passed_ConfirmedAtUtc",
                table: "TrainingRecords",
                columns: new[] { "EmployeeId", "CompletedOn", "CourseId", "Passed", "ConfirmedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentComments_AuthorId",
                table: "DevelopmentComments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentComments_PlanId_WrittenAtUtc",
                table: "DevelopmentComments",
                columns: new[] { "PlanId", "WrittenAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentGoals_PlanId",
                table: "DevelopmentGoals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentNeeds_EmployeeId_NotedOn",
                table: "DevelopmentNeeds",
                columns: new[] { "EmployeeId", "NotedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_EmployeeId",
                table: "DevelopmentPlans",
                column: "EmployeeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_ManagerAgreedById",
                table: "DevelopmentPlans",
                column: "ManagerAgreedById");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedCourses_CourseId",
                table: "PlannedCourses",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedCourses_PlanId_CourseId",
                table: "PlannedCourses",
                columns: new[] { "PlanId", "CourseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PositionSkills_PositionId_Name",
                table: "PositionSkills",
                columns: new[] { "PositionId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationDismissals_CourseId",
                table: "RecommendationDismissals",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationDismissals_EmployeeId_CourseId",
                table: "RecommendationDismissals",
                columns: new[] { "EmployeeId", "CourseId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DevelopmentComments");

            migrationBuilder.DropTable(
                name: "DevelopmentGoals");

            migrationBuilder.DropTable(
                name: "DevelopmentNeeds");

            migrationBuilder.DropTable(
                name: "PlannedCourses");

            migrationBuilder.DropTable(
                name: "PositionSkills");

            migrationBuilder.DropTable(
                name: "RecommendationDismissals");

            migrationBuilder.DropTable(
                name: "DevelopmentPlans");

            migrationBuilder.DropIndex(
                name: "IX_TrainingRecords_EmployeeId_CompletedOn_CourseId_Passed_ConfirmedAtUtc",
                table: "TrainingRecords");
        }
    }
}
