namespace ErmPortal.Web.Infrastructure.Modules;

/// <summary>
/// A module's own demo data, added after the demo organisation exists (people, reporting lines, demo sign-ins),
/// in <see cref="Order"/>. Runs once, into a database the seeder has just filled, inside the seeding scope.
/// </summary>
public interface IDemoDataSeeder
{
    int Order { get; }
    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}
