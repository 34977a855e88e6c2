using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Organisation;

internal class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(d => d.Name).HasMaxLength(100);
        b.Property(d => d.JobFamily).HasMaxLength(100);
        b.HasIndex(d => d.Name);
        b.HasOne(d => d.Parent).WithMany(d => d.Children).HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(d => d.DomainEvents);
    }
}

internal class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> b)
    {
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.City).HasMaxLength(100);
        b.Property(l => l.CountryCode).HasMaxLength(2);
        // The directory sorts by location name, as it does by department name and position title.
        b.HasIndex(l => l.Name);
        b.Ignore(l => l.DomainEvents);
    }
}

internal class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> b)
    {
        b.Property(p => p.Title).HasMaxLength(100);
        b.Property(p => p.JobFamily).HasMaxLength(100);
        b.HasIndex(p => p.Title);
        b.Ignore(p => p.DomainEvents);
    }
}

internal class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> b)
    {
        // The home page's figures are kept by AFTER triggers on this table (HomeFiguresMigration), with which SQLite
        // cannot combine the RETURNING clause EF would otherwise read generated values with.
        b.ToTable(t => t.UseSqlReturningClause(false));
        b.Property(e => e.LegalFirstName).HasMaxLength(100).UseCollation("NOCASE");
        b.Property(e => e.LegalLastName).HasMaxLength(100).UseCollation("NOCASE");
        b.Property(e => e.PreferredName).HasMaxLength(100).UseCollation("NOCASE");
        // NOCASE makes the unique index refuse "Ann@x.org" beside "ann@x.org".
        b.Property(e => e.WorkEmail).HasMaxLength(256).UseCollation("NOCASE");
        b.Property(e => e.Phone).HasMaxLength(40);
        b.Property(e => e.Pronouns).HasMaxLength(40);
        b.Property(e => e.PersonalEmail).HasMaxLength(256);
        b.Property(e => e.PersonalPhone).HasMaxLength(40);
        b.Property(e => e.HomeAddress).HasMaxLength(500);
        b.Property(e => e.NationalId).HasMaxLength(40);
        b.Property(e => e.BankAccount).HasMaxLength(50);
        b.Property(e => e.CareerAspirations).HasMaxLength(2000);
        b.Property(e => e.LeavingReason).HasMaxLength(500);
        b.Property(e => e.PhotoKey).HasMaxLength(200);
        b.Property(e => e.EmploymentType).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Gender).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => e.WorkEmail).IsUnique();
        b.HasIndex(e => e.UserId).IsUnique();
        // Lists sort by last name, first name and id; with the id in it this index is in exactly that order, so any page
        // (by key or by number) is read straight from it, never sorted. The filters' columns ride along, so filtering and
        // counting read the index alone and fetch table rows only for the people on the page.
        b.HasIndex(e => new { e.LegalLastName, e.LegalFirstName, e.Id, e.Status, e.DepartmentId, e.LocationId, e.PositionId })
            .HasDatabaseName("IX_Employees_Directory");
        // The same order within one status, one department (status riding along) and one location: the lists' filters.
        b.HasIndex(e => new { e.Status, e.LegalLastName, e.LegalFirstName, e.Id });
        b.HasIndex(e => e.LastDay);
        // The home page counts the last days and ends of probation in the coming weeks from these indexes alone, and
        // finds the latest hires from the hire date's.
        b.HasIndex(e => new { e.Status, e.LastDay });
        b.HasIndex(e => e.HireDate);
        b.HasIndex(e => new { e.ProbationEndDate, e.Status });
        b.HasIndex(e => new { e.DepartmentId, e.LegalLastName, e.LegalFirstName, e.Id, e.Status });
        b.HasIndex(e => new { e.LocationId, e.LegalLastName, e.LegalFirstName, e.Id, e.Status });
        b.HasOne(e => e.Manager).WithMany(m => m.DirectReports).HasForeignKey(e => e.ManagerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Department).WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Position).WithMany().HasForeignKey(e => e.PositionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Location).WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Accounts.ApplicationUser>().WithOne().HasForeignKey<Employee>(e => e.UserId).OnDelete(DeleteBehavior.SetNull);
        b.Ignore(e => e.DomainEvents);
        b.Ignore(e => e.DisplayName);
    }
}

internal class JobChangeConfiguration : IEntityTypeConfiguration<JobChange>
{
    public void Configure(EntityTypeBuilder<JobChange> b)
    {
        b.Property(j => j.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.Note).HasMaxLength(500);
        b.HasOne(j => j.Employee).WithMany(e => e.JobHistory).HasForeignKey(j => j.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(j => j.Manager).WithMany().HasForeignKey(j => j.ManagerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(j => j.Department).WithMany().HasForeignKey(j => j.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(j => j.Position).WithMany().HasForeignKey(j => j.PositionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(j => j.Location).WithMany().HasForeignKey(j => j.LocationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(j => new { j.EmployeeId, j.EffectiveDate });
        // The scheduler looks for changes whose day has come.
        b.HasIndex(j => new { j.AppliedOn, j.EffectiveDate });
        b.Ignore(j => j.DomainEvents);
    }
}

internal class HeadcountFigureConfiguration : IEntityTypeConfiguration<HeadcountFigure>
{
    public void Configure(EntityTypeBuilder<HeadcountFigure> b)
    {
        b.ToTable("HeadcountFigures");
        b.HasKey(f => new { f.DepartmentId, f.Status });
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne(f => f.Department).WithMany().HasForeignKey(f => f.DepartmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal class WorkforceMonthConfiguration : IEntityTypeConfiguration<WorkforceMonth>
{
    public void Configure(EntityTypeBuilder<WorkforceMonth> b)
    {
        b.ToTable("WorkforceMonths");
        b.HasKey(m => m.Month);
    }
}

internal class TeamSizeConfiguration : IEntityTypeConfiguration<TeamSize>
{
    public void Configure(EntityTypeBuilder<TeamSize> b)
    {
        b.ToTable("TeamSizes");
        b.HasKey(t => t.ManagerId);
        b.Property(t => t.ManagerId).ValueGeneratedNever();
        b.HasOne<Employee>().WithOne().HasForeignKey<TeamSize>(t => t.ManagerId).OnDelete(DeleteBehavior.Cascade);
    }
}
