using ErmPortal.Data.Organisation;

namespace ErmPortal.Data.Onboarding;

/// <summary>Why someone leaves, as the exit interview records it; several may apply.</summary>
[Flags]
public enum LeavingReasons
{
    None = 0,
    Pay = 1,
    Growth = 2,
    Manager = 4,
    Workload = 8,
    Culture = 16,
    Relocation = 32,
    Personal = 64,
    Other = 128,
}

public enum WouldReturn { Yes, Maybe, No }

/// <summary>
/// What a leaver told HR in the exit interview: structured reasons (for retention figures), whether they would come
/// back, and their words. HR only: neither the manager nor the person's colleagues read it.
/// </summary>
public class ExitInterview
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public Employee Employee { get; set; } = null!;
    public int? PlanId { get; set; }
    public LeavingReasons Reasons { get; set; }
    public WouldReturn WouldReturn { get; set; }
    public string? Comments { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public string RecordedByUserId { get; set; } = "";
}
