using System.Net;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Tests.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>
/// A portal where subscribers fail when told to, after the handler has done its file work: the change they belong to
/// then rolls back, and the files must follow the database.
/// </summary>
public class FailingSubscribersPortal : PortalFactory
{
    public volatile bool FailProfileUpdates;
    public volatile bool FailHires;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddScoped<INotificationHandler<ProfileUpdated>>(_ => new FailWhenTold<ProfileUpdated>(() => FailProfileUpdates))
            .AddScoped<INotificationHandler<EmployeeHired>>(_ => new FailWhenTold<EmployeeHired>(() => FailHires)));
    }

    private class FailWhenTold<T>(Func<bool> told) : INotificationHandler<T> where T : INotification
    {
        public Task Handle(T notification, CancellationToken cancellationToken) =>
            told() ? throw new InvalidOperationException($"A subscriber to {typeof(T).Name} failed.") : Task.CompletedTask;
    }
}

public class FileEffectsTests(FailingSubscribersPortal portal) : IClassFixture<FailingSubscribersPortal>
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

        portal.FailProfileUpdates = true;
        try { await client.PostFileAsync("/me/profile", "/me/photo", "Photo", "new.png", "image/png", PhotoTests.Png); }
        finally { portal.FailProfileUpdates = false; }

        Assert.Equal(oldKey, await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == person.Id).Select(e => e.PhotoKey).SingleAsync()));
        Assert.True(File.Exists(Path.Combine(portal.FileStorageRoot, oldKey!)), "The old photo's file was deleted although the change rolled back");
        Assert.Equal(oldPhoto, await client.GetByteArrayAsync($"/employees/{person.Id}/photo?after=failure"));
        Assert.Equal(filesBefore.Order(), portal.StoredFiles().Order()); // the new file, written ahead, is gone with the change
    }

    [Fact]
    public async Task Should_keep_the_staged_file_so_hr_can_confirm_again_when_an_import_fails_after_the_handler()
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var preview = await hr.PostFileAsync("/employees/import", "/employees/import", "File", "retry.csv", "text/csv", EmployeeCsvFiles.Valid(3, "retry"));
        var ticket = EmployeeCsvFiles.TicketIn(await preview.Content.ReadAsStringAsync())!;

        portal.FailHires = true;
        try { await hr.PostFormAsync("/employees/import", "/employees/import/confirm", new() { ["Ticket"] = ticket }); }
        finally { portal.FailHires = false; }
        Assert.Equal(0, await portal.QueryDbAsync(db => db.Employees.CountAsync(e => e.WorkEmail.StartsWith("retry."))));

        var again = await hr.PostFormAsync("/employees/import", "/employees/import/confirm", new() { ["Ticket"] = ticket });

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(3, await portal.QueryDbAsync(db => db.Employees.CountAsync(e => e.WorkEmail.StartsWith("retry."))));
        Assert.DoesNotContain(portal.StoredFiles(), f => f.Contains(StagedFolder)); // used, then discarded after the commit
    }

    private static readonly string StagedFolder = Path.DirectorySeparatorChar + "staged" + Path.DirectorySeparatorChar;
}
