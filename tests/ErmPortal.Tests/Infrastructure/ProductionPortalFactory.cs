using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>
/// The portal in the Production environment, reached over plain HTTP as a TLS-terminating proxy reaches it. The test
/// server has no sockets, so a request names the address it comes from in <see cref="RemoteAddressHeader"/>.
/// </summary>
public class ProductionPortalFactory : PortalFactory
{
    public const string PublicUrl = "https://portal.erm.test";
    public const string RemoteAddressHeader = "X-Test-Remote-Address";
    private readonly (string Key, string Value)[] _settings;

    public ProductionPortalFactory() : this([]) { }

    /// <summary>With settings changed, for a misconfigured start (not public: a class fixture has one public constructor).</summary>
    internal ProductionPortalFactory(params (string Key, string Value)[] settings) => _settings = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:PublicUrl", PublicUrl);
        // Production makes no certificate of its own for its data-protection keys: it is given one, as in a deployment.
        if (!File.Exists(CertificatePath)) TestCertificates.Create(CertificatePath, "production-password");
        builder.UseSetting("DataProtection:CertificatePassword", "production-password");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFromTestHeader>());
    }

    private sealed class RemoteAddressFromTestHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.Remove(RemoteAddressHeader, out var address))
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
