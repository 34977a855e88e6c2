using System.Net;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

public class PhotoTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>The smallest real PNG: a 1×1 transparent pixel.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private async Task<(HttpClient Client, int Id)> SomeoneAsync(int skip)
    {
        var person = await portal.QueryDbAsync(db => db.Employees.Where(e => e.ManagerId != null && !e.DirectReports.Any())
            .OrderBy(e => e.Id).Skip(70 + skip).Select(e => new { e.Id, e.WorkEmail }).FirstAsync());
        await portal.SetDemoPasswordAsync(person.WorkEmail);
        return (await portal.SignedInClientAsync(person.WorkEmail), person.Id);
    }

    [Fact]
    public async Task Should_show_the_photo_to_colleagues_when_someone_uploads_one_and_initials_again_when_removed()
    {
        var (client, id) = await SomeoneAsync(0);
        var upload = await client.PostFileAsync("/me/profile", "/me/photo", "Photo", "me.png", "image/png", Png);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var colleague = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Contains($"src=\"/employees/{id}/photo\"", await colleague.GetStringAsync($"/employees/{id}"));
        var lastName = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.LegalLastName).SingleAsync());
        Assert.Contains($"src=\"/employees/{id}/photo\"", await colleague.GetStringAsync($"/directory?search={Uri.EscapeDataString(lastName)}"));
        var photo = await colleague.GetAsync($"/employees/{id}/photo");
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await photo.Content.ReadAsByteArrayAsync());

        await client.PostFormAsync("/me/profile", "/me/photo", new() { ["Remove"] = "true" });
        Assert.DoesNotContain($"/employees/{id}/photo", await colleague.GetStringAsync($"/employees/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/employees/{id}/photo")).StatusCode);
        Assert.DoesNotContain(portal.StoredFiles(), f => f.Contains("photos"));
    }

    [Fact]
    public async Task Should_refuse_and_store_nothing_when_the_file_is_not_an_image_whatever_its_name()
    {
        var (client, id) = await SomeoneAsync(1);
        var before = portal.StoredFiles().Count;
        var response = await client.PostFileAsync("/me/profile", "/me/photo", "Photo", "me.png", "image/png", "<html>not an image</html>"u8.ToArray());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Only PNG, JPEG or WebP photos can be used.", await client.GetStringAsync("/me/profile"));
        Assert.Equal(before, portal.StoredFiles().Count);
        Assert.Null(await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.PhotoKey).SingleAsync()));
    }

    [Fact]
    public async Task Should_refuse_and_store_nothing_when_the_photo_is_over_two_megabytes()
    {
        var (client, _) = await SomeoneAsync(2);
        var before = portal.StoredFiles().Count;
        var large = new byte[2 * 1024 * 1024 + 1];
        Png.CopyTo(large, 0);
        var response = await client.PostFileAsync("/me/profile", "/me/photo", "Photo", "big.png", "image/png", large);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("The photo is larger than 2 MB.", await client.GetStringAsync("/me/profile"));
        Assert.Equal(before, portal.StoredFiles().Count);
    }
}
