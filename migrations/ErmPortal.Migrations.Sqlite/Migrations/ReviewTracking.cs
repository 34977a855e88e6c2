namespace ErmPortal.Migrations.Sqlite.Migrations;

/// <summary>
/// The review tables HR's cycle overview and the calibration figures are kept from, besides Employees and Departments
/// (tracked since TableVersions).
/// </summary>
public static class ReviewTracking
{
    public static readonly string[] Tables = ["ReviewCycles", "Reviews", "PerformanceGoals", "CalibrationAdjustments"];
}
