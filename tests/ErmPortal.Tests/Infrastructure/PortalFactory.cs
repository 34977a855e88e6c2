using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Seeding;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>
/// The whole portal on its own SQLite file, migrated and seeded with the demo organisation exactly as at a
/// real start-up. One per test class (xunit class fixture), so each class starts from the same data.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    // Dozens of portals run side by side in a test run, each watching its content and web roots for changes (the
    // appsettings, asp-append-version). One inotify instance each soon meets Linux's per-user limit of 128; polling
    // watchers use none, and nothing in a test edits those files while it runs.
    static PortalFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "erm-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>Where this portal keeps uploads, so a test can see what was (or was not) stored.</summary>
    public string FileStorageRoot { get; } = Path.Combine(Path.GetTempPath(), "erm-tests", $"files-{Guid.NewGuid():N}");

    /// <summary>The certificate that encrypts this portal's data-protection keys; made on first use, like Development's.</summary>
    public string CertificatePath { get; } = Path.Combine(Path.GetTempPath(), "erm-tests", $"{Guid.NewGuid():N}.pfx");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The portal's appsettings.json and wwwroot/ are at the repository root.
        builder.UseSolutionRelativeContentRoot("", "ErmPortal.sln");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:Demo", "true");
        // Tests run jobs themselves, when they mean to.
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Portal:PublicUrl", "http://localhost");
        builder.UseSetting("Email:PickupDirectory", Path.Combine(Path.GetTempPath(), "erm-tests", "mail"));
        builder.UseSetting("FileStorage:RootDirectory", FileStorageRoot);
        builder.UseSetting("DataProtection:CertificatePath", CertificatePath);
    }

    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(FileStorageRoot) ? Directory.GetFiles(FileStorageRoot, "*", SearchOption.AllDirectories) : [];

    public HttpClient CreatePortalClient() =>
        // HTTPS, as in production: outside Development the cookies are Secure-only.
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://portal.erm.test") });

    /// <summary>A client already signed in as the given demo account (or any seeded person with the demo password set).</summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = CreatePortalClient();
        var response = await client.PostFormAsync("/account/sign-in", "/account/sign-in",
            new() { ["Email"] = email, ["Password"] = OrganisationSeeder.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Runs code in a fresh scope as the given person, the way a request of theirs would.</summary>
    public async Task<T> AsUserAsync<T>(string? email, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        if (email is not null)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
            context.User = await scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>().CreateUserPrincipalAsync(user);
        }
        accessor.HttpContext = context;
        try { return await work(scope.ServiceProvider); }
        finally { accessor.HttpContext = null; }
    }

    /// <summary>A fresh account with a known password, for tests that change or lock it and must not disturb the demo sign-ins.</summary>
    public Task<string> CreateAccountAsync(string email, string password, params string[] roles) =>
        AsUserAsync(null, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            var result = await users.CreateAsync(user, password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            if (roles.Length > 0) await users.AddToRolesAsync(user, roles);
            return user.Id;
        });

    /// <summary>Gives a seeded person the demo password, so a test can sign in as them.</summary>
    public Task<bool> SetDemoPasswordAsync(string email) =>
        AsUserAsync(null, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
            if (await users.HasPasswordAsync(user)) return false;
            var result = await users.AddPasswordAsync(user, OrganisationSeeder.DemoPassword);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            return true;
        });

    public Task<TResponse> SendAsync<TResponse>(string? asEmail, IRequest<TResponse> request) =>
        AsUserAsync(asEmail, sp => sp.GetRequiredService<IMediator>().Send(request));

    public async Task<T> QueryDbAsync<T>(Func<ErmDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ErmDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DatabasePath + suffix);
        File.Delete(CertificatePath);
        if (Directory.Exists(FileStorageRoot)) Directory.Delete(FileStorageRoot, recursive: true);
    }
}

public static class HttpClientFormExtensions
{
    private static readonly Regex AntiforgeryField = new("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.Compiled);

    /// <summary>Opens the page that holds the form, takes its antiforgery token, and posts the fields as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", await AntiforgeryTokenAsync(client, formPage)) };
        return await client.PostAsync(action, new FormUrlEncodedContent(body));
    }

    /// <summary>The same for a form with a file input (multipart/form-data), as a browser uploads a file.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string formPage, string action, string field,
        string fileName, string contentType, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        var body = new MultipartFormDataContent
        {
            { new StringContent(await AntiforgeryTokenAsync(client, formPage)), "__RequestVerificationToken" },
            { file, field, fileName },
        };
        return await client.PostAsync(action, body);
    }

    /// <summary>The fields of the form on a page, with the values it was filled with, ready to change a few and post back.</summary>
    public static async Task<Dictionary<string, string>> FormFieldsAsync(this HttpClient client, string url)
    {
        var page = await client.GetStringAsync(url);
        var fields = new Dictionary<string, string>();
        foreach (Match m in Regex.Matches(page, "<input[^>]*name=\"([^\"]+)\"[^>]*>"))
        {
            var value = Regex.Match(m.Value, "value=\"([^\"]*)\"");
            if (m.Groups[1].Value != "__RequestVerificationToken") fields[m.Groups[1].Value] = WebUtility.HtmlDecode(value.Success ? value.Groups[1].Value : "");
        }
        foreach (Match m in Regex.Matches(page, "<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>"))
            fields[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value.TrimStart('\n'));
        return fields;
    }

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string formPage)
    {
        var token = AntiforgeryField.Match(await client.GetStringAsync(formPage));
        Assert.True(token.Success, $"No antiforgery token on {formPage}");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }
}
