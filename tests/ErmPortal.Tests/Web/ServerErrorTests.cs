using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErmPortal.Tests.Web;

/// <summary>The portal with one extra address that fails, to see what a person sees when something breaks.</summary>
public class FailingPortalFactory : PortalFactory
{
    public List<string> Logged { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, ThrowingEndpoint>();
            services.AddLogging(logging => logging.AddProvider(new ListLoggerProvider(Logged)));
        });
    }

    private class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == "/test/fail"
                ? throw new InvalidOperationException("A bug the person should not see")
                : Task.CompletedTask);
        };
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);
        public void Dispose() { }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines) lines.Add(formatter(state, exception));
            }
        }
    }
}

public class ServerErrorTests(FailingPortalFactory portal) : IClassFixture<FailingPortalFactory>
{
    [Fact]
    public async Task Should_show_error_page_with_correlation_id_that_is_in_the_log_when_a_request_fails()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        var response = await client.GetAsync("/test/fail");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("A bug the person should not see", page);
        var correlationId = Regex.Match(page, "id=\"correlation-id\">([^<]+)<").Groups[1].Value;
        Assert.False(string.IsNullOrWhiteSpace(correlationId));
        lock (portal.Logged) Assert.Contains(portal.Logged, line => line.Contains(correlationId));
    }

    [Fact]
    public async Task Should_show_the_error_page_with_its_status_when_a_posted_body_cannot_be_read()
    {
        var client = await portal.SignedInClientAsync(DemoPeople.Employee);
        // What the server sees of an upload it cuts off at the size limit, or of a broken one: a multipart body it cannot read.
        var broken = new StringContent("--XX\r\nContent-Disposition: form-data; name=\"File\"; filename=\"a.csv\"\r\n\r\nno end",
            new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/form-data") { Parameters = { new("boundary", "XX") } });

        var response = await client.PostAsync("/account/password", broken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The request could not be completed (400)", await response.Content.ReadAsStringAsync());
    }
}
