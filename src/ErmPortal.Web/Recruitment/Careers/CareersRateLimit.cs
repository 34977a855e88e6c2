using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ErmPortal.Web.Shared;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>How many forms one client may send to the careers page in a window (Careers:RateLimit:…).</summary>
public class CareersRateLimitOptions
{
    /// <summary>Applications, withdrawals and link requests together; a person applying to a few openings stays well below.</summary>
    public int PermitLimit { get; set; } = 10;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// The careers page is open to anyone, so its forms are limited per client address: a script cannot fill the
/// candidate list, the file store or the outbox, nor try email addresses one after another. The address is the one
/// the forwarded-headers middleware settled on, the visitor's own behind a known proxy. A refused request is turned
/// away before its body is read (the 429 page says to wait), so nothing of it is stored.
/// </summary>
public static class CareersRateLimit
{
    public const string Policy = "careers-forms";

    public static IServiceCollection AddCareersRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CareersRateLimitOptions>(configuration.GetSection("Careers:RateLimit"));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                // The 429 page is drawn in the careers page's frame, for the visitor who is not one of us.
                if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policy)
                    PublicFrame.Use(context.HttpContext, CareersPage.Frame(context.HttpContext));
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context =>
            {
                // Read per request rather than captured at start-up, so settings given late (a test's) apply.
                var limits = context.RequestServices.GetRequiredService<IOptions<CareersRateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitLimit, Window = limits.Window, QueueLimit = 0 });
            });
        });
        return services;
    }
}
