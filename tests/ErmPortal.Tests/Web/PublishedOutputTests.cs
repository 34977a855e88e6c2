using System.Net;
using ErmPortal.Tests.Infrastructure;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The customer keeps appsettings.json and wwwroot/ at the repository root: the published app must carry both
/// and serve the stylesheets from its own folder.
/// </summary>
[Collection(PublishedPortalCollection.Name)]
public class PublishedOutputTests(PublishedPortal published)
{
    [Fact]
    public async Task Should_serve_stylesheets_from_wwwroot_when_published()
    {
        Assert.True(File.Exists(Path.Combine(published.Output, "appsettings.json")), "appsettings.json is published");
        Assert.True(File.Exists(Path.Combine(published.Output, "wwwroot", "css", "site.css")), "wwwroot is published");

        using var http = published.CreateClient();
        foreach (var stylesheet in new[] { "/css/site.css", "/lib/bootstrap/css/bootstrap.min.css" })
        {
            var response = await http.GetAsync(stylesheet);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
