using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Infrastructure;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Backups;
using ErmPortal.Web.Infrastructure.Email;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Identity;
using ErmPortal.Web.Infrastructure.Jobs;
using ErmPortal.Web.Infrastructure.Localization;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Infrastructure.Web;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ErmPortal.Web;

public static class PortalHost
{
    public static readonly CultureInfo[] SupportedCultures =
        new[] { "en", "it", "fa", "zh-Hans" }.Select(CultureInfo.GetCultureInfo).ToArray();

    public const string HealthPath = "/health";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        ConfigureServices(builder.Services, builder.Configuration, builder.Environment);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureServices(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        services.AddDbContext<ErmDbContext>((sp, options) =>
        {
            // Read when the context is built, so a test's connection string override takes effect.
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("Default")
                                   ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");
            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("ErmPortal.Migrations.Sqlite"))
                .AddInterceptors(sp.GetRequiredService<SqlitePragmas>(), sp.GetRequiredService<AuditInterceptor>());
        });
        // One instance for the process: it remembers which pooled connections are already set up.
        services.AddSingleton(sp => new SqlitePragmas(sp.GetRequiredService<IConfiguration>().GetSection("Sqlite").Get<SqliteSettings>() ?? new SqliteSettings()));

        services.AddScoped<AuditInterceptor>();
        services.AddErmIdentity(env);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<IClock, SystemClock>();
        services.AddMemoryCache();
        services.AddScoped<KeptResults>();
        services.AddMediatorSpine();
        services.AddAutoMapper(cfg => cfg.LicenseKey = configuration["AutoMapper:LicenseKey"], typeof(Program));

        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        if (string.IsNullOrEmpty(configuration["Email:SmtpHost"]))
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        else
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.Configure<FileStorageOptions>(configuration.GetSection("FileStorage"));
        services.AddSingleton<IFileStorage, LocalFileStorage>();
        services.AddScoped<StagedUploads>();
        services.AddSingleton<PortalBackup>();

        services.Configure<JobOptions>(configuration.GetSection("Jobs"));
        services.AddScoped<JobLeases>();
        services.AddSingleton<JobRunner>();
        // Registered first: hosted services start in order, so nothing touches the database before the check.
        if (env.IsProduction()) services.AddHostedService<ProductionReadiness>();
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<JobHost>();
        services.AddScheduledJob<SendQueuedEmailsJob>();
        services.AddScheduledJob<DeleteExpiredStagedUploadsJob>();
        services.AddScheduledJob<RefreshQueryStatisticsJob>();

        services.AddScoped<NavigationBuilder>();
        services.AddPortalModules(configuration);
        services.AddAuthorization(options =>
        {
            // Everything needs a signed-in person unless it says [AllowAnonymous].
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            options.AddPolicy(Policies.HrOrAdmin, p => p.RequireRole(Data.Accounts.Roles.Hr, Data.Accounts.Roles.Admin));
            options.AddPolicy(Policies.Admin, p => p.RequireRole(Data.Accounts.Roles.Admin));
        });

        services.AddPortalLocalization();
        services.AddScoped<FluentValidationFilter>();
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // The validators say what is required, in words of their own; MVC's implicit rule would speak first.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.Filters.AddService<FluentValidationFilter>();
                options.Filters.Add<ExceptionToViewFilter>();
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(ModuleResourcesLocalizerFactory.ResourceOf(type)))
            .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureViewLocations()));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "erm.af";
            o.Cookie.SecurePolicy = env.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        // Persian, Chinese and Italian text is written as characters, not as numeric entities; encoding still escapes markup.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddReverseProxySupport(configuration);
        // A plain-HTTP request that did not come through a known proxy is sent to the public HTTPS address's port.
        if (Uri.TryCreate(configuration["Portal:PublicUrl"], UriKind.Absolute, out var publicUrl) && publicUrl.Scheme == Uri.UriSchemeHttps)
            services.AddHttpsRedirection(o => o.HttpsPort = publicUrl.Port);

        services.AddHealthChecks()
            .AddDbContextCheck<ErmDbContext>("database")
            .AddCheck<MigrationsAppliedHealthCheck>("migrations");
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        // First, so everything after it (HTTPS redirect, HSTS, Secure cookies, logs) sees the visitor's scheme and address.
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            // Health probes come over plain HTTP from the machine itself (systemd, the proxy, a monitor) and carry no cookies.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments(HealthPath), https => https.UseHttpsRedirection());
        }
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        // After routing, which names the endpoint whose policy applies; before anything reads a refused request's body.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks(HealthPath, new HealthCheckOptions
        {
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable },
        }).AllowAnonymous();
        app.MapControllers();
    }

    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ErmDbContext>();
        var dataSource = db.Database.GetDbConnection().DataSource;
        if (!string.IsNullOrEmpty(dataSource) && Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { } folder)
            System.IO.Directory.CreateDirectory(folder);
        await db.Database.MigrateAsync();
        await Accounts.AccountSetup.EnsureRolesAsync(scope.ServiceProvider);
    }

    public static void PrintWelcome(WebApplication app)
    {
        Console.WriteLine();
        Console.WriteLine("ErmPortal is running at: " + string.Join(", ", app.Urls));
        if (app.Configuration.GetValue("Seed:Demo", false))
        {
            Console.WriteLine("Demo sign-ins (password for all: " + OrganisationSeeder.DemoPassword + "):");
            foreach (var account in OrganisationSeeder.DemoAccounts)
                Console.WriteLine($"  {account.Email,-22} {string.Join(", ", account.Roles)}");
        }
        Console.WriteLine();
    }
}

public static class Policies
{
    public const string HrOrAdmin = "HrOrAdmin";
    public const string Admin = "Admin";
}

/// <summary>Marker for the shared UI strings: Resources/SharedResource.{culture}.resx.</summary>
public class SharedResource;

public class MigrationsAppliedHealthCheck(ErmDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}");
    }
}
