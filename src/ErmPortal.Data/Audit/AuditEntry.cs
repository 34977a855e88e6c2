namespace ErmPortal.Data.Audit;

/// <summary>
/// One recorded change to personal or job data: who, when, what, old and new value. Append-only: the portal
/// offers no way to change or delete entries, and database triggers refuse it too.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string? ActorName { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    /// <summary>The employee the change concerns, for searching by person.</summary>
    public int? EmployeeId { get; set; }
    /// <summary>"Added", "Modified" or "Deleted".</summary>
    public required string Action { get; set; }
    public string? Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    /// <summary>The values are sensitive: the audit view masks them.</summary>
    public bool Sensitive { get; set; }
}
