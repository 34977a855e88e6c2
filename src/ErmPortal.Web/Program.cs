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
    case "invite-admin" when command.Email is { } email:
        await PortalHost.MigrateAsync(app.Services);
        await using (var scope = app.Services.CreateAsyncScope())
            Console.WriteLine(await ErmPortal.Web.Accounts.AccountSetup.InviteAdministratorAsync(scope.ServiceProvider, email));
        return 0;
    case null:
        await app.StartAsync();
        PortalHost.PrintWelcome(app);
        await app.WaitForShutdownAsync();
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{command.Verb}'. Use: migrate | seed [--employees N] | invite-admin --email E");
        return 2;
}

public partial class Program;
