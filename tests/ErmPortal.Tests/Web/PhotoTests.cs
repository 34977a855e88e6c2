using System.IO.Compression;
using System.Net;
using System.Text.Json;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace ErmPortal.Tests.Web;

public class PhotoTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>The smallest real PNG: a 1×1 transparent pixel.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private async Task<(HttpClient Client, int Id)> SomeoneAsync(int skip)
    {
        // Someone still employed: the directory leaves out people who have left, and who has left depends on the day.
        var person = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.ManagerId != null && !e.DirectReports.Any() && e.Status != EmployeeStatus.Left && !DemoPeople.All.Contains(e.WorkEmail))
            .OrderBy(e => e.Id).Skip(40 + skip).Select(e => new { e.Id, e.WorkEmail }).FirstAsync());
        await portal.SetDemoPasswordAsync(person.WorkEmail);
        return (await portal.SignedInClientAsync(person.WorkEmail), person.Id);
    }

    private async Task<string> StoredPhotoAsync(int id) =>
        Path.Combine(portal.FileStorageRoot, await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.PhotoKey).SingleAsync())
                                             ?? throw new InvalidOperationException("No photo is stored."));

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
        using var served = SKBitmap.Decode(await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal((1, 1), (served.Width, served.Height));
        var file = await StoredPhotoAsync(id);

        await client.PostFormAsync("/me/profile", "/me/photo", new() { ["Remove"] = "true" });
        Assert.DoesNotContain($"/employees/{id}/photo", await colleague.GetStringAsync($"/employees/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/employees/{id}/photo")).StatusCode);
        Assert.False(File.Exists(file), "The removed photo's file is still stored");
    }

    [Fact]
    public async Task Should_serve_only_the_pixels_when_an_uploaded_jpeg_carries_its_gps_position()
    {
        var (client, id) = await SomeoneAsync(3);
        var fromPhone = TestImages.WithExif(TestImages.Jpeg(40, 30));
        Assert.True(TestImages.Contains(fromPhone, "Exif"u8.ToArray()));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFileAsync("/me/profile", "/me/photo", "Photo", "me.jpg", "image/jpeg", fromPhone)).StatusCode);

        var colleague = await portal.SignedInClientAsync(DemoPeople.Employee);
        var photo = await colleague.GetAsync($"/employees/{id}/photo");
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        var served = await photo.Content.ReadAsByteArrayAsync();
        Assert.False(TestImages.Contains(served, "Exif"u8.ToArray()), "The served photo still has an Exif block");
        Assert.False(TestImages.Contains(served, [0xFF, 0xE1]), "The served photo still has an APP1 segment");
        Assert.False(TestImages.Contains(served, "MM\0*"u8.ToArray()), "The served photo still has TIFF metadata");
        using var pixels = SKBitmap.Decode(served);
        Assert.Equal((40, 30), (pixels.Width, pixels.Height));
        Assert.Equal(served, await File.ReadAllBytesAsync(await StoredPhotoAsync(id)));
    }

    [Fact]
    public async Task Should_preview_the_photo_and_offer_remove_only_when_there_is_a_photo()
    {
        var (client, id) = await SomeoneAsync(4);
        var without = await client.GetStringAsync("/me/profile");
        Assert.DoesNotContain("Remove photo", without);
        Assert.DoesNotContain("id=\"current-photo\"", without);

        await client.PostFileAsync("/me/profile", "/me/photo", "Photo", "me.png", "image/png", Png);

        var with = await client.GetStringAsync("/me/profile");
        Assert.Contains("Remove photo", with);
        Assert.Matches($"id=\"current-photo\" src=\"/employees/{id}/photo\\?v=[0-9a-f-]+\"", with);
    }

    [Fact]
    public async Task Should_include_the_photo_when_someone_downloads_their_data()
    {
        var (client, id) = await SomeoneAsync(5);
        await client.PostFileAsync("/me/profile", "/me/photo", "Photo", "me.png", "image/png", Png);
        var stored = await File.ReadAllBytesAsync(await StoredPhotoAsync(id));

        var zip = new ZipArchive(await client.GetStreamAsync("/me/data.zip"));
        using var inZip = new MemoryStream();
        await zip.GetEntry("photo.png")!.Open().CopyToAsync(inZip);
        var json = JsonDocument.Parse(await client.GetStringAsync("/me/data.json"));
        var inJson = json.RootElement.GetProperty("photo")[0];

        Assert.Equal(stored, inZip.ToArray());
        Assert.Equal("image/png", inJson.GetProperty("ContentType").GetString());
        Assert.Equal(stored, Convert.FromBase64String(inJson.GetProperty("ContentBase64").GetString()!));
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
