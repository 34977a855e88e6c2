using ErmPortal.Web;
using ErmPortal.Web.Infrastructure.Backups;
using ErmPortal.Web.Seeding;

// Before anything opens a connection.
ErmPortal.Data.Infrastructure.SqlitePragmas.UseMultiThreadMode();
var command = CommandLine.Parse(args);
var app = PortalHost.Build(command.HostArgs);

switch (command.Verb)
{
    case "migrate":
        await PortalHost.MigrateAsync(app.Services);
        Console.WriteLine("Database is up to date.");
        return 0;
    case "seed":
        await PortalHost.MigrateAsync(app.Services);
        try
        {
            Console.WriteLine(await OrganisationSeeder.SeedFreshDatabaseAsync(app.Services, command.Employees, command.SeedVolumes));
            return 0;
        }
        catch (ArgumentException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 2;
        }
    case "invite-admin" when command.Email is { } email:
        await PortalHost.MigrateAsync(app.Services);
        await using (var scope = app.Services.CreateAsyncScope())
            Console.WriteLine(await ErmPortal.Web.Accounts.AccountSetup.InviteAdministratorAsync(scope.ServiceProvider, email));
        return 0;
    case "backup":
        Console.WriteLine("Backed up to " + await app.Services.GetRequiredService<PortalBackup>().CreateAsync(command.BackupFolder, CancellationToken.None));
        return 0;
    case "restore" when command.RestoreArchive is { } archive:
        var restore = await app.Services.GetRequiredService<PortalBackup>().RestoreAsync(archive, command.Force, CancellationToken.None);
        (restore.Restored ? Console.Out : Console.Error).WriteLine(restore.Message);
        return restore.Restored ? 0 : 1;
    case "restore":
        Console.Error.WriteLine("restore needs --from ARCHIVE (a zip written by the backup command).");
        return 2;
    case null:
        await app.StartAsync();
        PortalHost.PrintWelcome(app);
        await app.WaitForShutdownAsync();
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{command.Verb}'. Use: migrate | seed [--employees N] [--volume M ...] | invite-admin --email E | backup [--to FOLDER] | restore --from ARCHIVE [--force]");
        return 2;
}

public partial class Program;
