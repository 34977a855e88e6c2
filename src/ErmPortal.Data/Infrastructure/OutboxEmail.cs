namespace ErmPortal.Data.Infrastructure;

/// <summary>
/// An email written in the same transaction as the change that causes it and sent by a job after the commit,
/// so nobody is told about a change that rolled back. Once sent, only who, what and when are kept: the body can
/// carry live links (a password reset is a key to the account), so it is cleared.
/// </summary>
public class OutboxEmail
{
    public int Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    /// <summary>Null once the email is sent.</summary>
    public string? HtmlBody { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
