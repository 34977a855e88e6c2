namespace ErmPortal.Migrations.Sqlite.Migrations;

/// <summary>The learning tables the compliance report's kept items are read from, besides Employees (tracked since TableVersions).</summary>
public static class ComplianceTracking
{
    public static readonly string[] Tables = ["TrainingRecords", "CourseMandatoryRules", "Courses"];
}
