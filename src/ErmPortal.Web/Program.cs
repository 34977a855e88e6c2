using ErmPortal.Web;
using ErmPortal.Web.Seeding;

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
        var seeded = await OrganisationSeeder.SeedFreshDatabaseAsync(app.Services, command.Employees);
        Console.WriteLine(seeded);
        return 0;
    case null:
        await app.StartAsync();
        PortalHost.PrintWelcome(app);
        await app.WaitForShutdownAsync();
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{command.Verb}'. Use: migrate | seed [--employees N]");
        return 2;
}

public partial class Program;
