using ErmPortal.Web.Seeding;

namespace ErmPortal.Web.Infrastructure;

/// <summary>
/// Brings the database up to date (and seeds the demo organisation into an empty one, when configured) before
/// anything else starts: the web server does not listen and no job runs until the schema is current and the
/// planner has the tables' statistics.
/// </summary>
public class DatabaseStartup(IServiceProvider services, IConfiguration configuration) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Database:MigrateOnStartup", true))
            await PortalHost.MigrateAsync(services);
        if (configuration.GetValue("Seed:Demo", false))
            await OrganisationSeeder.SeedDemoIfEmptyAsync(services);
        // A database restored, imported or seeded since the last run is planned for with its real sizes from the first request.
        await using var scope = services.CreateAsyncScope();
        await QueryStatistics.RefreshAsync(scope.ServiceProvider.GetRequiredService<Data.ErmDbContext>(), cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
