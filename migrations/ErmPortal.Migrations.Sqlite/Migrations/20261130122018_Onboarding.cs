using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Onboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JourneyTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    PositionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ArchivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneyTemplates_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JourneyTemplates_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JourneyTemplateVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyTemplateVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneyTemplateVersions_JourneyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "JourneyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JourneyPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TemplateVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnchorDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BuddyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneyPlans_Employees_BuddyId",
                        column: x => x.BuddyId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_JourneyPlans_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JourneyPlans_JourneyTemplateVersions_TemplateVersionId",
                        column: x => x.TemplateVersionId,
                        principalTable: "JourneyTemplateVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JourneyTemplateTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Instructions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueOffset = table.Column<int>(type: "INTEGER", nullable: false),
                    DueUnit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DocumentKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DocumentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FormQuestions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RequestedDocument = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyTemplateTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneyTemplateTasks_JourneyTemplateVersions_TemplateVersionId",
                        column: x => x.TemplateVersionId,
                        principalTable: "JourneyTemplateVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExitInterviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reasons = table.Column<int>(type: "INTEGER", nullable: false),
                    WouldReturn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Comments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExitInterviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExitInterviews_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExitInterviews_JourneyPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "JourneyPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "JourneyCheckIns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    DayMark = table.Column<int>(type: "INTEGER", nullable: false),
                    Respondent = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RespondentId = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Settled = table.Column<int>(type: "INTEGER", nullable: true),
                    RoleClarity = table.Column<int>(type: "INTEGER", nullable: true),
                    Support = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Flagged = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyCheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneyCheckIns_Employees_RespondentId",
                        column: x => x.RespondentId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JourneyCheckIns_JourneyPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "JourneyPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JourneyPlanTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Instructions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueOffset = table.Column<int>(type: "INTEGER", nullable: false),
                    DueUnit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssigneeId = table.Column<int>(type: "INTEGER", nullable: true),
                    DocumentKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DocumentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FormQuestions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RequestedDocument = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FormAnswers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyPlanTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneyPlanTasks_Employees_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_JourneyPlanTasks_JourneyPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "JourneyPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmployeeDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PlanTaskId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployeeDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployeeDocuments_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EmployeeDocuments_JourneyPlanTasks_PlanTaskId",
                        column: x => x.PlanTaskId,
                        principalTable: "JourneyPlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeDocuments_EmployeeId_UploadedAtUtc",
                table: "EmployeeDocuments",
                columns: new[] { "EmployeeId", "UploadedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeDocuments_ExpiresOn",
                table: "EmployeeDocuments",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeDocuments_PlanTaskId",
                table: "EmployeeDocuments",
                column: "PlanTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_ExitInterviews_EmployeeId",
                table: "ExitInterviews",
                column: "EmployeeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExitInterviews_PlanId",
                table: "ExitInterviews",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ExitInterviews_RecordedAtUtc",
                table: "ExitInterviews",
                column: "RecordedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_JourneyCheckIns_Flagged_SubmittedAtUtc",
                table: "JourneyCheckIns",
                columns: new[] { "Flagged", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyCheckIns_PlanId_DayMark_Respondent",
                table: "JourneyCheckIns",
                columns: new[] { "PlanId", "DayMark", "Respondent" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JourneyCheckIns_RespondentId_SubmittedAtUtc_DueDate",
                table: "JourneyCheckIns",
                columns: new[] { "RespondentId", "SubmittedAtUtc", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyPlans_BuddyId",
                table: "JourneyPlans",
                column: "BuddyId");

            migrationBuilder.CreateIndex(
                name: "IX_JourneyPlans_EmployeeId_Status",
                table: "JourneyPlans",
                columns: new[] { "EmployeeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyPlans_Status_Kind_AnchorDate",
                table: "JourneyPlans",
                columns: new[] { "Status", "Kind", "AnchorDate" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyPlans_TemplateVersionId",
                table: "JourneyPlans",
                column: "TemplateVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_JourneyPlanTasks_AssigneeId_CompletedAtUtc_DueDate",
                table: "JourneyPlanTasks",
                columns: new[] { "AssigneeId", "CompletedAtUtc", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyPlanTasks_CompletedAtUtc_DueDate",
                table: "JourneyPlanTasks",
                columns: new[] { "CompletedAtUtc", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyPlanTasks_PlanId_Order",
                table: "JourneyPlanTasks",
                columns: new[] { "PlanId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyTemplates_DepartmentId",
                table: "JourneyTemplates",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_JourneyTemplates_Kind_Name",
                table: "JourneyTemplates",
                columns: new[] { "Kind", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyTemplates_PositionId",
                table: "JourneyTemplates",
                column: "PositionId");

            migrationBuilder.CreateIndex(
                name: "IX_JourneyTemplateTasks_TemplateVersionId",
                table: "JourneyTemplateTasks",
                column: "TemplateVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_JourneyTemplateVersions_TemplateId_Number",
                table: "JourneyTemplateVersions",
                columns: new[] { "TemplateId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmployeeDocuments");

            migrationBuilder.DropTable(
                name: "ExitInterviews");

            migrationBuilder.DropTable(
                name: "JourneyCheckIns");

            migrationBuilder.DropTable(
                name: "JourneyTemplateTasks");

            migrationBuilder.DropTable(
                name: "JourneyPlanTasks");

            migrationBuilder.DropTable(
                name: "JourneyPlans");

            migrationBuilder.DropTable(
                name: "JourneyTemplateVersions");

            migrationBuilder.DropTable(
                name: "JourneyTemplates");
        }
    }
}
