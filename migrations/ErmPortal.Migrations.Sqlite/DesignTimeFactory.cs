using ErmPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ErmPortal.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model without starting the web app.</summary>
public class DesignTimeFactory : IDesignTimeDbContextFactory<ErmDbContext>
{
    public ErmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ErmDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
