using System.Security.Claims;
using System.Security.Cryptography;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Accounts;

/// <summary>
/// Keeps each sign-in in the UserSessions table; the cookie holds only the session's random key. Removing the row
/// ends the session wherever its cookie has gone, which a self-contained cookie cannot do.
/// </summary>
/// <remarks>
/// Inside a request the store works through the request's own <see cref="ErmDbContext"/>: a sign-in made inside a
/// command's transaction then writes in that transaction, where a second connection would wait on SQLite's one writer.
///
/// Times come from the <see cref="TimeProvider"/> the cookie handler stamps tickets with, not the portal's
/// <see cref="IClock"/>: a session's expiry is the cookie's, whatever day the business clock says it is.
/// </remarks>
public class DatabaseTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time) : ITicketStore
{
    /// <summary>The session's row id, added to the principal of each request, so a page knows which session is "this device".</summary>
    public const string SessionClaim = "erm:session";

    // "Last active" to the minute is all the sessions page shows; writing on every request would only add writes.
    private static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(1);

    private readonly IDataProtector _protector = protection.CreateProtector("ErmPortal.UserSessions");

    public Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        StoreAsync(Db(httpContext), ticket, httpContext, cancellationToken);

    public Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        RenewAsync(Db(httpContext), key, ticket, cancellationToken);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
        RetrieveAsync(Db(httpContext), key, cancellationToken);

    public Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
        RemoveAsync(Db(httpContext), key, cancellationToken);

    // The cookie handler calls the overloads above; these serve any caller without a request.
    public Task<string> StoreAsync(AuthenticationTicket ticket) => InScopeAsync(db => StoreAsync(db, ticket, null, CancellationToken.None));
    public Task RenewAsync(string key, AuthenticationTicket ticket) => InScopeAsync(db => RenewAsync(db, key, ticket, CancellationToken.None));
    public Task<AuthenticationTicket?> RetrieveAsync(string key) => InScopeAsync(db => RetrieveAsync(db, key, CancellationToken.None));
    public Task RemoveAsync(string key) => InScopeAsync(db => RemoveAsync(db, key, CancellationToken.None));

    private async Task<string> StoreAsync(ErmDbContext db, AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var device = DeviceSummary.From(httpContext?.Request.Headers.UserAgent.ToString());
        var session = new UserSession
        {
            Key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            UserId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A sign-in without a user id."),
            Ticket = Protect(ticket),
            CreatedAtUtc = now,
            LastSeenAtUtc = now,
            ExpiresAtUtc = ticket.Properties.ExpiresUtc?.UtcDateTime,
            Browser = device.Browser,
            OperatingSystem = device.OperatingSystem,
            IpAddress = httpContext?.Connection.RemoteIpAddress?.ToString(),
        };
        db.Set<UserSession>().Add(session);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(session).State = EntityState.Detached;
        return session.Key;
    }

    /// <summary>A session ended meanwhile (signed out elsewhere, ended from another device) stays ended.</summary>
    private async Task RenewAsync(ErmDbContext db, string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var protectedTicket = Protect(ticket);
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime;
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<UserSession>().Where(s => s.Key == key).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Ticket, protectedTicket)
            .SetProperty(s => s.ExpiresAtUtc, expires)
            .SetProperty(s => s.LastSeenAtUtc, now), cancellationToken);
    }

    private async Task<AuthenticationTicket?> RetrieveAsync(ErmDbContext db, string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var session = await db.Set<UserSession>().AsNoTracking()
            .Where(s => s.Key == key && (s.ExpiresAtUtc == null || s.ExpiresAtUtc > now))
            .Select(s => new { s.Id, s.Ticket, s.LastSeenAtUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null) return null;
        AuthenticationTicket? ticket;
        try { ticket = TicketSerializer.Default.Deserialize(_protector.Unprotect(session.Ticket)); }
        // Written under keys this portal can no longer read (another key ring or certificate): the session is gone.
        catch (CryptographicException) { return null; }
        if (ticket?.Principal.Identity is not ClaimsIdentity identity) return null;

        foreach (var stale in identity.FindAll(SessionClaim).ToList()) identity.RemoveClaim(stale);
        identity.AddClaim(new Claim(SessionClaim, session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (now - session.LastSeenAtUtc >= LastSeenPrecision)
            await db.Set<UserSession>().Where(s => s.Id == session.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAtUtc, now), cancellationToken);
        return ticket;
    }

    private static Task RemoveAsync(ErmDbContext db, string key, CancellationToken cancellationToken) =>
        db.Set<UserSession>().Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static ErmDbContext Db(HttpContext httpContext) => httpContext.RequestServices.GetRequiredService<ErmDbContext>();

    private async Task<T> InScopeAsync<T>(Func<ErmDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ErmDbContext>());
    }

    private Task InScopeAsync(Func<ErmDbContext, Task> work) => InScopeAsync(async db => { await work(db); return true; });
}

/// <summary>Ends sessions from the server side: at an administrator's or the person's own request.</summary>
public static class UserSessions
{
    /// <summary>The session of this request, from the claim the store adds; null outside a stored session.</summary>
    public static int? Current(ICurrentUser user) =>
        int.TryParse(user.Principal.FindFirstValue(DatabaseTicketStore.SessionClaim), out var id) ? id : null;

    /// <summary>Ends every session of the account, but the one given (the device the person is using).</summary>
    public static Task<int> EndAllAsync(ErmDbContext db, string userId, int? except, CancellationToken cancellationToken) =>
        db.Set<UserSession>().Where(s => s.UserId == userId && s.Id != except).ExecuteDeleteAsync(cancellationToken);
}

/// <summary>Sessions past their expiry can never be used again; deleting them keeps the table to live sign-ins.</summary>
public class DeleteExpiredSessionsJob(ErmDbContext db, TimeProvider time) : IScheduledJob
{
    public static string Name => "delete-expired-sessions";
    public static TimeSpan Interval => TimeSpan.FromHours(1);

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.Set<UserSession>().Where(s => s.ExpiresAtUtc != null && s.ExpiresAtUtc <= now).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>Names the browser and the system from a user agent, as a person would recognise their device; null when unsure.</summary>
public record DeviceSummary(string? Browser, string? OperatingSystem)
{
    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari", Android also says "Linux".
    private static readonly (string Token, string Name)[] Browsers =
        [("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari")];
    private static readonly (string Token, string Name)[] Systems =
        [("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Windows", "Windows"), ("CrOS", "ChromeOS"), ("Mac OS X", "macOS"), ("Linux", "Linux")];

    public static DeviceSummary From(string? userAgent) =>
        string.IsNullOrEmpty(userAgent) ? new(null, null) : new(Find(Browsers, userAgent), Find(Systems, userAgent));

    private static string? Find((string Token, string Name)[] known, string userAgent) =>
        known.FirstOrDefault(k => userAgent.Contains(k.Token, StringComparison.Ordinal)).Name;
}
