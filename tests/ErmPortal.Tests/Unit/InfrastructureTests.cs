using ErmPortal.Web;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Onboarding.Plans;
using ErmPortal.Web.Recruitment;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Moq;

namespace ErmPortal.Tests.Unit;

public class CommandLineTests
{
    [Fact]
    public void Should_read_verb_and_employee_count_when_seeding()
    {
        var command = CommandLine.Parse(["seed", "--employees", "10000", "--urls", "http://localhost:1"]);
        Assert.Equal("seed", command.Verb);
        Assert.Equal(10000, command.Employees);
        Assert.Equal(["--urls", "http://localhost:1"], command.HostArgs);
    }

    [Fact]
    public void Should_serve_when_no_verb_is_given()
    {
        var command = CommandLine.Parse(["--urls", "http://localhost:1"]);
        Assert.Null(command.Verb);
        Assert.Equal(CommandLine.DefaultEmployees, command.Employees);
    }

    [Fact]
    public void Should_read_the_email_when_inviting_an_administrator()
    {
        var command = CommandLine.Parse(["invite-admin", "--email", "ada@customer.test"]);
        Assert.Equal("invite-admin", command.Verb);
        Assert.Equal("ada@customer.test", command.Email);
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["invite-admin", "--email", "not-an-address"]));
    }

    [Fact]
    public void Should_read_the_folder_and_archive_when_backing_up_and_restoring()
    {
        Assert.Equal("/srv/backups", CommandLine.Parse(["backup", "--to", "/srv/backups"]).BackupFolder);
        var restore = CommandLine.Parse(["restore", "--from", "b.zip", "--force", "--urls", "http://localhost:1"]);
        Assert.Equal(("b.zip", true), (restore.RestoreArchive, restore.Force));
        Assert.Equal(["--urls", "http://localhost:1"], restore.HostArgs);
        Assert.False(CommandLine.Parse(["restore", "--from", "b.zip"]).Force);
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["restore", "--from", "--force"]));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("5")]
    [InlineData("-3")]
    public void Should_refuse_employee_count_when_it_is_not_a_sensible_number(string value) =>
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["seed", "--employees", value]));

    [Fact]
    public void Should_pass_the_candidate_count_to_the_host_settings_when_seeding_candidates()
    {
        var command = CommandLine.Parse(["seed", "--employees", "10000", "--candidates", "50000", "--urls", "http://localhost:1"]);
        Assert.Equal(10000, command.Employees);
        Assert.Equal(["Candidates"], command.SeedVolumes);
        Assert.Equal(["--urls", "http://localhost:1", "--Seed:Candidates=50000"], command.HostArgs);
        Assert.Equal(50000, CandidateVolumeData.Volume.Read(Settings(command)));
        Assert.Empty(CommandLine.Parse(["seed"]).SeedVolumes!);
        Assert.Equal(0, CandidateVolumeData.Volume.Read(Settings(CommandLine.Parse(["seed"]))));
    }

    [Fact]
    public void Should_turn_any_other_option_of_seed_into_a_seed_setting_when_seeding_at_volume()
    {
        var command = CommandLine.Parse(["seed", "--onboarding-plans", "1000", "--environment", "Production", "--Logging:LogLevel:Default=Warning", "--candidates", "500"]);

        Assert.Equal(["OnboardingPlans", "Candidates"], command.SeedVolumes);
        Assert.Equal(["--environment", "Production", "--Logging:LogLevel:Default=Warning", "--Seed:OnboardingPlans=1000", "--Seed:Candidates=500"], command.HostArgs);
        Assert.Equal(1000, PlanVolumeData.Volume.Read(Settings(command)));
        // Only the seed verb has volumes: served, the same words go to the host as they are.
        Assert.Equal(["--onboarding-plans", "1000"], CommandLine.Parse(["--onboarding-plans", "1000"]).HostArgs);
    }

    [Theory]
    [InlineData("many")]
    [InlineData("99")]
    [InlineData("-500")]
    [InlineData("--urls")]
    public void Should_refuse_candidate_count_when_it_is_not_a_sensible_number(string value)
    {
        var command = CommandLine.Parse(["seed", "--candidates", value, "--urls", "http://localhost:1"]);

        var refused = Assert.Throws<ArgumentException>(() => CandidateVolumeData.Volume.Read(Settings(command)));

        Assert.Equal($"--candidates needs a whole number of at least {CandidateVolumeData.Volume.Minimum}.", refused.Message);
        Assert.Contains("--urls", command.HostArgs);
    }

    /// <summary>The settings the host reads from the command line it is given.</summary>
    private static IConfiguration Settings(CommandLine command) => new ConfigurationBuilder().AddCommandLine(command.HostArgs).Build();
}

public class LocalFileStorageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "erm-files-" + Guid.NewGuid().ToString("N"));
    private readonly LocalFileStorage _storage;

    public LocalFileStorageTests()
    {
        var env = new Mock<IWebHostEnvironment>();
        env.SetupGet(e => e.ContentRootPath).Returns(_root);
        _storage = new LocalFileStorage(Options.Create(new FileStorageOptions { RootDirectory = "files" }), env.Object);
    }

    [Fact]
    public async Task Should_read_back_what_was_saved_under_a_generated_name()
    {
        var key = await _storage.SaveAsync(new MemoryStream("hello"u8.ToArray()), "notes", ".txt", CancellationToken.None);
        Assert.StartsWith("notes/", key);
        Assert.EndsWith(".txt", key);
        await using var stream = await _storage.OpenReadAsync(key, CancellationToken.None);
        Assert.Equal("hello", await new StreamReader(stream!).ReadToEndAsync());
    }

    [Fact]
    public async Task Should_refuse_key_when_it_points_outside_the_storage_folder() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _storage.OpenReadAsync("../../etc/passwd", CancellationToken.None));

    [Theory]
    [InlineData(".exe/../x")]
    [InlineData("txt")]
    public async Task Should_refuse_extension_when_it_is_not_a_plain_suffix(string extension) =>
        await Assert.ThrowsAsync<ArgumentException>(() => _storage.SaveAsync(new MemoryStream(), "notes", extension, CancellationToken.None));

    [Fact]
    public async Task Should_refuse_folder_when_it_could_climb_out_of_the_store() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _storage.SaveAsync(new MemoryStream(), "../etc", ".txt", CancellationToken.None));

    [Fact]
    public async Task Should_delete_only_the_old_files_of_a_folder_when_cleaning_up()
    {
        var old = await _storage.SaveAsync(new MemoryStream("old"u8.ToArray()), "staged", ".csv", CancellationToken.None);
        var fresh = await _storage.SaveAsync(new MemoryStream("new"u8.ToArray()), "staged", ".csv", CancellationToken.None);
        var kept = await _storage.SaveAsync(new MemoryStream("other"u8.ToArray()), "photos", ".png", CancellationToken.None);
        foreach (var key in new[] { old, kept })
            File.SetLastWriteTimeUtc(Path.Combine(_root, "files", key), DateTime.UtcNow.AddHours(-5));

        var deleted = await _storage.DeleteOlderThanAsync("staged", DateTime.UtcNow.AddHours(-4), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await _storage.OpenReadAsync(old, CancellationToken.None));
        await using (var stillThere = await _storage.OpenReadAsync(fresh, CancellationToken.None)) Assert.NotNull(stillThere);
        await using (var otherFolder = await _storage.OpenReadAsync(kept, CancellationToken.None)) Assert.NotNull(otherFolder);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
