using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ErmPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CompensationRewardsAndCycles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AppliedOn",
                table: "SalaryRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProposalId",
                table: "SalaryRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "PayBands",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "Allowances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MonthlyAmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allowances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Allowances_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Benefits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EmployerCostMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CostFrequency = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IsOffered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Benefits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bonuses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bonuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bonuses_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompensationCycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposalsDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HiredBefore = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationCycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BandDisplay = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenefitEnrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    BenefitId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenefitEnrolments_Benefits_BenefitId",
                        column: x => x.BenefitId,
                        principalTable: "Benefits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BenefitEnrolments_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompensationBudgets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PercentBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    PayrollMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    BudgetMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    HrComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationBudgets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationBudgets_CompensationCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "CompensationCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompensationBudgets_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompensationGuidelineCells",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    MaximumBasisPoints = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationGuidelineCells", x => x.Id);
                    table.CheckConstraint("CK_GuidelineCells_Range", "MinimumBasisPoints <= MaximumBasisPoints");
                    table.ForeignKey(
                        name: "FK_CompensationGuidelineCells_CompensationCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "CompensationCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PayProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CurrentAmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    CurrentAnnualMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    BandMinimumMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    BandMidpointMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    BandMaximumMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    LastRaiseOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BudgetMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    RaiseBasisPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposedAmountMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    RaiseAnnualMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ProposedById = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayProposals_CompensationCycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "CompensationCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PayProposals_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SalaryRecords_ProposalId",
                table: "SalaryRecords",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_SalaryRecords_Waiting",
                table: "SalaryRecords",
                column: "EffectiveOn",
                filter: "AppliedOn IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Allowances_EmployeeId_StartsOn",
                table: "Allowances",
                columns: new[] { "EmployeeId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitEnrolments_BenefitId_EndsOn",
                table: "BenefitEnrolments",
                columns: new[] { "BenefitId", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitEnrolments_EmployeeId_StartsOn",
                table: "BenefitEnrolments",
                columns: new[] { "EmployeeId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Benefits_Name",
                table: "Benefits",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bonuses_EmployeeId_PaidOn",
                table: "Bonuses",
                columns: new[] { "EmployeeId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CompensationBudgets_CycleId_DepartmentId",
                table: "CompensationBudgets",
                columns: new[] { "CycleId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompensationBudgets_DepartmentId",
                table: "CompensationBudgets",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationCycles_Status_EffectiveOn",
                table: "CompensationCycles",
                columns: new[] { "Status", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CompensationGuidelineCells_CycleId_Rating_Quarter",
                table: "CompensationGuidelineCells",
                columns: new[] { "CycleId", "Rating", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayProposals_CycleId_DepartmentId_Status",
                table: "PayProposals",
                columns: new[] { "CycleId", "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PayProposals_CycleId_EmployeeId",
                table: "PayProposals",
                columns: new[] { "CycleId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayProposals_EmployeeId_Status",
                table: "PayProposals",
                columns: new[] { "EmployeeId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Allowances");

            migrationBuilder.DropTable(
                name: "BenefitEnrolments");

            migrationBuilder.DropTable(
                name: "Bonuses");

            migrationBuilder.DropTable(
                name: "CompensationBudgets");

            migrationBuilder.DropTable(
                name: "CompensationGuidelineCells");

            migrationBuilder.DropTable(
                name: "PayPolicies");

            migrationBuilder.DropTable(
                name: "PayProposals");

            migrationBuilder.DropTable(
                name: "Benefits");

            migrationBuilder.DropTable(
                name: "CompensationCycles");

            migrationBuilder.DropIndex(
                name: "IX_SalaryRecords_ProposalId",
                table: "SalaryRecords");

            migrationBuilder.DropIndex(
                name: "IX_SalaryRecords_Waiting",
                table: "SalaryRecords");

            migrationBuilder.DropColumn(
                name: "AppliedOn",
                table: "SalaryRecords");

            migrationBuilder.DropColumn(
                name: "ProposalId",
                table: "SalaryRecords");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "PayBands");
        }
    }
}
