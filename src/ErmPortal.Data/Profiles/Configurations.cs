using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Profiles;

internal class EmergencyContactConfiguration : IEntityTypeConfiguration<EmergencyContact>
{
    public void Configure(EntityTypeBuilder<EmergencyContact> b)
    {
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Relationship).HasMaxLength(50);
        b.Property(c => c.Phone).HasMaxLength(40);
        b.HasOne(c => c.Employee).WithMany(e => e.EmergencyContacts).HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal class EmployeeTagConfiguration : IEntityTypeConfiguration<EmployeeTag>
{
    public void Configure(EntityTypeBuilder<EmployeeTag> b)
    {
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.Name).HasMaxLength(60).UseCollation("NOCASE");
        b.HasOne(t => t.Employee).WithMany(e => e.Tags).HasForeignKey(t => t.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.EmployeeId, t.Kind, t.Name }).IsUnique();
        // The directory finds people by skill; carrying the person's id lets it answer from the index alone.
        b.HasIndex(t => new { t.Kind, t.Name, t.EmployeeId });
    }
}

internal class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> b)
    {
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Comment).HasMaxLength(1000);
        b.Property(r => r.DecisionReason).HasMaxLength(1000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne(r => r.Employee).WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.ChangeRequestId).OnDelete(DeleteBehavior.Cascade);
        // HR's queue: one status in the order sent (then id), or every request in that order.
        b.HasIndex(r => new { r.Status, r.RequestedAtUtc });
        b.HasIndex(r => r.RequestedAtUtc);
        b.HasIndex(r => new { r.EmployeeId, r.Status });
        b.Ignore(r => r.DomainEvents);
    }
}

internal class ChangeRequestItemConfiguration : IEntityTypeConfiguration<ChangeRequestItem>
{
    public void Configure(EntityTypeBuilder<ChangeRequestItem> b)
    {
        b.Property(i => i.Field).HasConversion<string>().HasMaxLength(30);
        b.Property(i => i.OldValue).HasMaxLength(500);
        b.Property(i => i.NewValue).HasMaxLength(500);
    }
}
