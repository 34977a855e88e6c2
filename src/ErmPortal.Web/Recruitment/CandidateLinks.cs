using System.Security.Cryptography;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>
/// The private link a candidate gets by email, with no account: the candidate and their access stamp, encrypted and
/// signed, so it cannot be guessed or changed into another candidate's. It does not expire (an application can take
/// months); a new stamp (when the data is erased or anonymised) makes every earlier link stop working.
/// </summary>
public class CandidateLinks(IDataProtectionProvider protection, ErmDbContext db)
{
    private readonly IDataProtector protector = protection.CreateProtector("ErmPortal.Recruitment.CandidateLinks");

    public string TokenFor(Candidate candidate) => protector.Protect($"{candidate.Id}:{candidate.AccessStamp}");

    /// <summary>The site-relative address of the candidate's status page.</summary>
    public string StatusPathFor(Candidate candidate) => $"/careers/status/{TokenFor(candidate)}";

    /// <summary>The candidate the token was made for, or null for a changed, foreign or outdated token.</summary>
    public async Task<int?> CandidateIdOfAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 500) return null;
        string plain;
        try { plain = protector.Unprotect(token); }
        catch (Exception e) when (e is CryptographicException or FormatException) { return null; }
        var parts = plain.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var id)) return null;
        var stamp = parts[1];
        return await db.Set<Candidate>().AnyAsync(c => c.Id == id && c.AccessStamp == stamp && c.AnonymisedAtUtc == null, cancellationToken) ? id : null;
    }
}
