using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Timeline;

internal class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> b)
    {
        b.Property(t => t.SubjectType).HasMaxLength(30);
        b.Property(t => t.Kind).HasMaxLength(50);
        b.Property(t => t.Arguments).HasMaxLength(4000)
            .HasConversion(a => a.ToJson(), json => TimelineArguments.FromJson(json),
                new ValueComparer<TimelineArguments>((x, y) => x!.ToJson() == y!.ToJson(), a => a.ToJson().GetHashCode(), a => TimelineArguments.FromJson(a.ToJson())));
        b.Property(t => t.Link).HasMaxLength(300);
        b.Property(t => t.AudienceRole).HasMaxLength(50);
        b.Property(t => t.AudienceScope).HasMaxLength(50);
        b.Property(t => t.ActorName).HasMaxLength(200);
        // The two reads: a subject's entries newest first, and the same filtered by kind.
        b.HasIndex(t => new { t.SubjectType, t.SubjectId, t.OccurredAtUtc });
        b.HasIndex(t => new { t.SubjectType, t.SubjectId, t.Kind, t.OccurredAtUtc });
    }
}
