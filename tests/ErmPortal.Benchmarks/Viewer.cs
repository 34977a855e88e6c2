using System.Net;
using System.Text.RegularExpressions;

namespace ErmPortal.Benchmarks;

/// <summary>
/// One demo account signed in through the portal's own sign-in form, antiforgery token included. Its client checks
/// pages and finds ids; its cookie header is what wrk sends.
/// </summary>
public sealed class Viewer : IDisposable
{
    public const string Password = "erm-demo-password";

    private readonly CookieContainer _cookies = new();

    private Viewer(string email, Uri address)
    {
        Email = email;
        Client = new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public string Email { get; }

    public HttpClient Client { get; }

    public string CookieHeader => _cookies.GetCookieHeader(Client.BaseAddress!);

    public static async Task<Viewer> SignInAsync(Uri address, string email)
    {
        var viewer = new Viewer(email, address);
        var form = await viewer.Client.GetStringAsync("/account/sign-in");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        if (!token.Success) throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        using var response = await viewer.Client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = Password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not a redirect.");
        return viewer;
    }

    /// <summary>A page this viewer must be able to open: 200 and rendered, since a redirect to the sign-in form or an error page would be fast and wrong.</summary>
    public async Task<string> PageAsync(string path, string mustContain)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} as {Email} answered {(int)response.StatusCode} {response.Headers.Location}, not 200.");
        if (!Regex.IsMatch(body, mustContain))
            throw new InvalidOperationException($"GET {path} as {Email} answered a page without /{mustContain}/.");
        return body;
    }

    public void Dispose() => Client.Dispose();
}
