using AutoMapper;
using ErmPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Slices;

public class ModelAndMappingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Should_have_a_migration_for_every_model_change()
    {
        var pending = await portal.QueryDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        Assert.False(pending, "The model has changes no migration covers: run `dotnet ef migrations add` (see README).");
    }

    [Fact]
    public async Task Should_have_applied_every_migration_when_started()
    {
        var pending = await portal.QueryDbAsync(db => db.Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);
    }

    [Fact]
    public async Task Should_open_connections_with_wal_foreign_keys_and_busy_timeout()
    {
        var pragmas = await portal.QueryDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            string Read(string pragma)
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"PRAGMA {pragma};";
                return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
            }
            return (Journal: Read("journal_mode"), ForeignKeys: Read("foreign_keys"), Timeout: Read("busy_timeout"));
        });
        Assert.Equal("wal", pragmas.Journal);
        Assert.Equal("1", pragmas.ForeignKeys);
        Assert.True(int.Parse(pragmas.Timeout) >= 5000);
    }

    [Fact]
    public void Should_have_valid_mapping_configuration()
    {
        var mapper = portal.Services.GetRequiredService<IMapper>();
        mapper.ConfigurationProvider.AssertConfigurationIsValid();
    }

    [Fact]
    public async Task Should_seed_a_deep_organisation_when_demo_data_is_loaded()
    {
        var stats = await portal.QueryDbAsync(async db => new
        {
            Employees = await db.Employees.CountAsync(),
            Departments = await db.Departments.CountAsync(),
            WithoutManager = await db.Employees.CountAsync(e => e.ManagerId == null),
            FourthLevel = await db.Employees.CountAsync(e => e.Manager!.Manager!.Manager != null),
        });
        Assert.InRange(stats.Employees, 150, 160);
        Assert.Equal(8, stats.Departments);
        Assert.Equal(1, stats.WithoutManager);
        Assert.True(stats.FourthLevel > 0, "three or four management levels");
    }
}
