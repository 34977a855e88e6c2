using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PerformanceGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AlignedToGoalId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceGoals_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PerformanceGoals_PerformanceGoals_AlignedToGoalId",
                        column: x => x.AlignedToGoalId,
                        principalTable: "PerformanceGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ReviewCycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HiredOnOrBefore = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IncludesPeerFeedback = table.Column<bool>(type: "INTEGER", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LaunchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewCycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewCompetencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewCompetencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewCompetencies_ReviewCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ReviewCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewCycleScopeEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewCycleScopeEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewCycleScopeEntries_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewCycleScopeEntries_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewCycleScopeEntries_ReviewCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ReviewCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewPhaseDeadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewPhaseDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewPhaseDeadlines_ReviewCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ReviewCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewRatingLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GuidelinePercent = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRatingLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewRatingLevels_ReviewCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ReviewCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerId = table.Column<int>(type: "INTEGER", nullable: true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SelfWentWell = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SelfToDevelop = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SelfSupportWanted = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SelfSubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManagerSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ManagerStrengths = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ManagerToDevelop = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ManagerRating = table.Column<int>(type: "INTEGER", nullable: true),
                    ManagerSubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManagerOpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinalRating = table.Column<int>(type: "INTEGER", nullable: true),
                    Potential = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SharedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmployeeComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DisagreedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinalizedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reviews_Employees_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Reviews_ReviewCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "ReviewCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalibrationAdjustments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromRating = table.Column<int>(type: "INTEGER", nullable: true),
                    ToRating = table.Column<int>(type: "INTEGER", nullable: true),
                    FromPotential = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ToPotential = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AdjustedByEmployeeId = table.Column<int>(type: "INTEGER", nullable: true),
                    AdjustedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AdjustedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalibrationAdjustments_Employees_AdjustedByEmployeeId",
                        column: x => x.AdjustedByEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CalibrationAdjustments_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewDevelopmentNeeds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Skill = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false, collation: "NOCASE")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewDevelopmentNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewDevelopmentNeeds_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CompetencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    GoalId = table.Column<int>(type: "INTEGER", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewRatings_PerformanceGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "PerformanceGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewRatings_ReviewCompetencies_CompetencyId",
                        column: x => x.CompetencyId,
                        principalTable: "ReviewCompetencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewRatings_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationAdjustments_AdjustedByEmployeeId",
                table: "CalibrationAdjustments",
                column: "AdjustedByEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationAdjustments_ReviewId_AdjustedAtUtc",
                table: "CalibrationAdjustments",
                columns: new[] { "ReviewId", "AdjustedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceGoals_AlignedToGoalId",
                table: "PerformanceGoals",
                column: "AlignedToGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceGoals_EmployeeId_TargetDate",
                table: "PerformanceGoals",
                columns: new[] { "EmployeeId", "TargetDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCompetencies_CycleId_SortOrder",
                table: "ReviewCompetencies",
                columns: new[] { "CycleId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCycles_CreatedAtUtc",
                table: "ReviewCycles",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCycles_Phase",
                table: "ReviewCycles",
                column: "Phase");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCycleScopeEntries_CycleId",
                table: "ReviewCycleScopeEntries",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCycleScopeEntries_DepartmentId",
                table: "ReviewCycleScopeEntries",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCycleScopeEntries_EmployeeId",
                table: "ReviewCycleScopeEntries",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDevelopmentNeeds_ReviewId_Skill",
                table: "ReviewDevelopmentNeeds",
                columns: new[] { "ReviewId", "Skill" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewPhaseDeadlines_CycleId_Phase",
                table: "ReviewPhaseDeadlines",
                columns: new[] { "CycleId", "Phase" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRatingLevels_CycleId_Value",
                table: "ReviewRatingLevels",
                columns: new[] { "CycleId", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRatings_CompetencyId",
                table: "ReviewRatings",
                column: "CompetencyId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRatings_GoalId",
                table: "ReviewRatings",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRatings_ReviewId_Author",
                table: "ReviewRatings",
                columns: new[] { "ReviewId", "Author" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CycleId_DepartmentId",
                table: "Reviews",
                columns: new[] { "CycleId", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CycleId_EmployeeId",
                table: "Reviews",
                columns: new[] { "CycleId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_DepartmentId",
                table: "Reviews",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_EmployeeId_FinalizedAtUtc",
                table: "Reviews",
                columns: new[] { "EmployeeId", "FinalizedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_ReviewerId_CycleId",
                table: "Reviews",
                columns: new[] { "ReviewerId", "CycleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalibrationAdjustments");

            migrationBuilder.DropTable(
                name: "ReviewCycleScopeEntries");

            migrationBuilder.DropTable(
                name: "ReviewDevelopmentNeeds");

            migrationBuilder.DropTable(
                name: "ReviewPhaseDeadlines");

            migrationBuilder.DropTable(
                name: "ReviewRatingLevels");

            migrationBuilder.DropTable(
                name: "ReviewRatings");

            migrationBuilder.DropTable(
                name: "PerformanceGoals");

            migrationBuilder.DropTable(
                name: "ReviewCompetencies");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropTable(
                name: "ReviewCycles");
        }
    }
}
