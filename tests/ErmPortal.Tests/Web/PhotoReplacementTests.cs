using ErmPortal.Data.Profiles;
using ErmPortal.Tests.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>A portal where a subscriber to profile changes fails when told to: the change it belongs to then rolls back.</summary>
public class FailingProfileUpdatesPortal : PortalFactory
{
    public volatile bool Fail;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<INotificationHandler<ProfileUpdated>>(_ => new FailWhenTold(this)));
    }

    private class FailWhenTold(FailingProfileUpdatesPortal portal) : INotificationHandler<ProfileUpdated>
    {
        public Task Handle(ProfileUpdated notification, CancellationToken cancellationToken) =>
            portal.Fail ? throw new InvalidOperationException("A subscriber failed after the photo was replaced.") : Task.CompletedTask;
    }
}

public class PhotoReplacementTests(FailingProfileUpdatesPortal portal) : IClassFixture<FailingProfileUpdatesPortal>
{
    [Fact]
    public async Task Should_keep_the_old_photo_file_and_serve_it_when_a_replacement_fails_after_the_handler()
    {
        var person = await portal.QueryDbAsync(db => db.Employees.Where(e => e.ManagerId != null).OrderBy(e => e.Id).Skip(30)
            .Select(e => new { e.Id, e.WorkEmail }).FirstAsync());
        await portal.SetDemoPasswordAsync(person.WorkEmail);
        var client = await portal.SignedInClientAsync(person.WorkEmail);
        await client.PostFileAsync("/me/profile", "/me/photo", "Photo", "old.jpg", "image/jpeg", TestImages.Jpeg(30, 30));
        var oldKey = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == person.Id).Select(e => e.PhotoKey).SingleAsync());
        var oldPhoto = await client.GetByteArrayAsync($"/employees/{person.Id}/photo");
        var filesBefore = portal.StoredFiles();

        portal.Fail = true;
        try { await client.PostFileAsync("/me/profile", "/me/photo", "Photo", "new.png", "image/png", PhotoTests.Png); }
        finally { portal.Fail = false; }

        Assert.Equal(oldKey, await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == person.Id).Select(e => e.PhotoKey).SingleAsync()));
        Assert.True(File.Exists(Path.Combine(portal.FileStorageRoot, oldKey!)), "The old photo's file was deleted although the change rolled back");
        Assert.Equal(oldPhoto, await client.GetByteArrayAsync($"/employees/{person.Id}/photo?after=failure"));
        Assert.Equal(filesBefore.Order(), portal.StoredFiles().Order()); // the new file, written ahead, is gone with the change
    }
}
