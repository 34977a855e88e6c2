using ErmPortal.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Notifications;

internal class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(n => n.Kind).HasMaxLength(100);
        b.Property(n => n.Arguments).HasMaxLength(4000);
        b.Property(n => n.Link).HasMaxLength(500);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
        // The list (newest first) and the bell's unread count both start from the recipient.
        b.HasIndex(n => new { n.RecipientUserId, n.CreatedAtUtc });
        b.HasIndex(n => new { n.RecipientUserId, n.ReadAtUtc });
    }
}

internal class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("NotificationPreferences");
        b.HasKey(p => new { p.UserId, p.Kind });
        b.Property(p => p.Kind).HasMaxLength(100);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal class ReminderDigestConfiguration : IEntityTypeConfiguration<ReminderDigest>
{
    public void Configure(EntityTypeBuilder<ReminderDigest> b)
    {
        b.ToTable("ReminderDigests");
        b.HasIndex(d => new { d.UserId, d.Day }).IsUnique();
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
