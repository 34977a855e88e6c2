namespace ErmPortal.Data.Accounts;

/// <summary>
/// One signed-in browser. The authentication cookie carries only <see cref="Key"/>; the sign-in itself lives here, so
/// signing out, ending a session from another device, disabling the account or changing its password ends it on the
/// server, and a copied cookie is worth nothing afterwards.
/// </summary>
public class UserSession
{
    /// <summary>The number pages use to name the session; it cannot be turned into a cookie.</summary>
    public int Id { get; set; }
    /// <summary>The random value inside the cookie.</summary>
    public required string Key { get; set; }
    public required string UserId { get; set; }
    /// <summary>The serialized sign-in, encrypted with the portal's data-protection keys.</summary>
    public required byte[] Ticket { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime LastSeenAtUtc { get; set; }
    public DateTime? ExpiresAtUtc { get; set; }
    /// <summary>"Firefox" and "Windows": enough of the user agent for the person to recognise the device, no more.</summary>
    public string? Browser { get; set; }
    public string? OperatingSystem { get; set; }
    public string? IpAddress { get; set; }
}
