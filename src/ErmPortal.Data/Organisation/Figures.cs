namespace ErmPortal.Data.Organisation;

/// <summary>
/// How many people a department has in one status. Written only by the database's triggers on Employees (created by
/// the HomeFigures migration), so every write (forms, the CSV import, the seeder, plain SQL) keeps it right, and HR's
/// home page reads a row per department and status instead of counting everyone.
/// </summary>
public class HeadcountFigure
{
    public int DepartmentId { get; private set; }
    public Department Department { get; private set; } = null!;
    public EmployeeStatus Status { get; private set; }
    public int Count { get; private set; }
}

/// <summary>
/// One calendar month of the workforce, kept by triggers on Employees like <see cref="HeadcountFigure"/>: who was hired
/// in it, whose last day fell in it, and who stopped counting in the headcount from a day in it (the day after their
/// last day, or their hire date for someone recorded as gone without a last day). The headcount at any month's end is
/// the running total of hires less departures, so the trend never counts the organisation.
/// </summary>
public class WorkforceMonth
{
    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; private set; }
    public int Hires { get; private set; }
    public int Leavers { get; private set; }
    public int Departures { get; private set; }
}

/// <summary>
/// How many current people are below a manager, however deep: counted for every manager at once by a scheduled job,
/// because a trigger cannot walk a reporting line, and shown with the time it was counted.
/// </summary>
public class TeamSize
{
    public int ManagerId { get; set; }
    public int Size { get; set; }
    public DateTime CountedAtUtc { get; set; }
}
