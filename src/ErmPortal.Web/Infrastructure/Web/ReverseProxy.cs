using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ErmPortal.Web.Infrastructure.Web;

/// <summary>The proxies whose X-Forwarded-For and X-Forwarded-Proto headers the portal believes (ReverseProxy:…).</summary>
public class ReverseProxyOptions
{
    /// <summary>Addresses of the proxies in front of the portal, e.g. "10.0.0.5". Neither list set: loopback only.</summary>
    public string[] KnownProxies { get; set; } = [];
    /// <summary>Networks the proxies live in, in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];
}

public static class ReverseProxy
{
    /// <summary>
    /// Behind a TLS-terminating proxy the portal sees plain HTTP; the proxy's X-Forwarded-Proto tells it the visitor
    /// used HTTPS, which Secure cookies, HSTS and the HTTPS redirect depend on. Anyone can send that header, so it is
    /// believed only from the proxies named here; from anywhere else the request stays what it is.
    /// </summary>
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("ReverseProxy").Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        var proxies = settings.KnownProxies.Select(ParseAddress).ToList();
        var networks = settings.KnownNetworks.Select(ParseNetwork).ToList();
        if (proxies.Count == 0 && networks.Count == 0) proxies = [IPAddress.Loopback, IPAddress.IPv6Loopback];

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
        return services;
    }

    private static IPAddress ParseAddress(string value) =>
        IPAddress.TryParse(value.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{value}' is not an IP address.");

    private static System.Net.IPNetwork ParseNetwork(string value) =>
        System.Net.IPNetwork.TryParse(value.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"ReverseProxy:KnownNetworks: '{value}' is not a network in CIDR notation (e.g. 10.0.0.0/24).");
}
