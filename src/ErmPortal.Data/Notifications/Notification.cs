namespace ErmPortal.Data.Notifications;

/// <summary>
/// Something a person is told about in the portal. It stores a kind and structured arguments rather than a
/// sentence, so it reads in whatever language the person uses when they open it; the kind's module renders it.
/// </summary>
public class Notification
{
    public int Id { get; set; }
    public required string RecipientUserId { get; set; }
    public required string Kind { get; set; }
    /// <summary>The arguments as a JSON object of names to strings.</summary>
    public required string Arguments { get; set; }
    /// <summary>A path inside the portal, such as "/change-requests/12".</summary>
    public string? Link { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}

/// <summary>
/// A person's own choice to receive one kind of notification by email or not. Without a row the kind's default
/// applies; a saved choice stays even if the default changes later.
/// </summary>
public class NotificationPreference
{
    public required string UserId { get; set; }
    public required string Kind { get; set; }
    public bool Email { get; set; }
}

/// <summary>
/// One person's reminder digest for one day. The row is the claim: it is written (unique per person and day) in
/// the same transaction as the digest's notification and email, so a second run, or a second instance running
/// at the same moment, finds it and sends nothing.
/// </summary>
public class ReminderDigest
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public DateOnly Day { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>The day's items as JSON (kind, arguments, link each), rendered when the person opens the digest.</summary>
    public required string Items { get; set; }
}
