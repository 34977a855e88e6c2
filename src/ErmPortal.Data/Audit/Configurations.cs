using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Audit;

internal class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.ActorName).HasMaxLength(200);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(100);
        b.Property(a => a.Action).HasMaxLength(20);
        b.Property(a => a.Field).HasMaxLength(100);
        b.Property(a => a.OldValue).HasMaxLength(2000);
        b.Property(a => a.NewValue).HasMaxLength(2000);
        // The log reads newest first (time, then id); each filter has an index in that order, so a page is read, never sorted.
        b.HasIndex(a => a.AtUtc);
        b.HasIndex(a => new { a.EmployeeId, a.AtUtc });
        b.HasIndex(a => new { a.UserId, a.AtUtc });
        b.HasIndex(a => new { a.EntityType, a.Field, a.AtUtc });
    }
}
