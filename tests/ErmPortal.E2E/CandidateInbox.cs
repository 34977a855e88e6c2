using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.E2E;

/// <summary>A candidate's email: the portal queues every message in its outbox, and no job sends them during a journey.</summary>
public static class CandidateInbox
{
    /// <summary>
    /// The portal link in the newest email to the address, as a path: by default the status link (or a page under it),
    /// otherwise the first link under <paramref name="path"/>.
    /// </summary>
    public static async Task<string> LinkInLatestEmailAsync(this PortalServer portal, string email, string path = "/careers/status/")
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var body = await scope.ServiceProvider.GetRequiredService<ErmDbContext>().OutboxEmails.Where(e => e.To == email)
            .OrderByDescending(e => e.Id).Select(e => e.HtmlBody ?? "").FirstAsync();
        return WebUtility.HtmlDecode(Regex.Match(body, $"href=\"[^\"]*?({Regex.Escape(path)}[^\"]*)\"").Groups[1].Value);
    }
}
