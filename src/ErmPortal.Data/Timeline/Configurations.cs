using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Timeline;

internal class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> b)
    {
        b.Property(t => t.Kind).HasMaxLength(50);
        b.Property(t => t.Summary).HasMaxLength(500);
        b.Property(t => t.Link).HasMaxLength(300);
        b.Property(t => t.ActorName).HasMaxLength(200);
        b.HasOne(t => t.Employee).WithMany().HasForeignKey(t => t.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.EmployeeId, t.OccurredAtUtc });
        b.HasIndex(t => new { t.EmployeeId, t.Kind, t.OccurredAtUtc });
    }
}
