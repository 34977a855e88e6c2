using ErmPortal.Data.Accounts;
using ErmPortal.Data.Infrastructure;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Audit;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Shared;
using ErmPortal.Data.Timeline;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ErmPortal.Data;

public class ErmDbContext(DbContextOptions<ErmDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<JobChange> JobChanges => Set<JobChange>();
    public DbSet<EmergencyContact> EmergencyContacts => Set<EmergencyContact>();
    public DbSet<EmployeeTag> EmployeeTags => Set<EmployeeTag>();
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();
    public DbSet<TimelineEntry> TimelineEntries => Set<TimelineEntry>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ErmDbContext).Assembly);
        builder.HasDbFunction(typeof(Infrastructure.SqlDates).GetMethod(nameof(Infrastructure.SqlDates.JulianDay))!).HasName("julianday").IsBuiltIn();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is stored in UTC; reading it back says so, so nothing is shifted twice.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>Entities that raised events since they were last taken, in tracking order.</summary>
    public List<Entity> EntitiesWithEvents() =>
        ChangeTracker.Entries<Entity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        var changed = ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified).Select(e => (object)e.Entity).ToList();
        var aggregates = ChangeTracker.Entries<IVersionedPart>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.Aggregate).Distinct().ToList();
        foreach (var (type, key) in aggregates)
            // Found in the tracker when the handler loaded it (and set the version its form was opened with), else read now.
            if (await FindAsync(type, [key], cancellationToken) is IVersioned aggregate && Entry(aggregate).State == EntityState.Unchanged)
                changed.Add(aggregate);
        // Set through the entry, so the change counts even where automatic change detection is off.
        foreach (var entity in changed)
            Entry(entity).Property(nameof(IVersioned.Version)).CurrentValue = Guid.NewGuid();
        return await base.SaveChangesAsync(cancellationToken);
    }

    private class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
