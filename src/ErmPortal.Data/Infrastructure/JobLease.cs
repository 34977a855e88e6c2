namespace ErmPortal.Data.Infrastructure;

/// <summary>
/// One row per scheduled job. An instance runs a job only while it holds the lease,
/// so two app instances never run the same job at once.
/// </summary>
public class JobLease
{
    public required string JobName { get; set; }
    public string? Holder { get; set; }
    public DateTime LeasedUntilUtc { get; set; }
    public DateTime? LastStartedAtUtc { get; set; }
    public DateTime? LastSucceededAtUtc { get; set; }
    public string? LastError { get; set; }
}
