using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Reviews;

internal class GoalCheckInConfiguration : IEntityTypeConfiguration<GoalCheckIn>
{
    public void Configure(EntityTypeBuilder<GoalCheckIn> b)
    {
        b.ToTable("GoalCheckIns");
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Comment).HasMaxLength(2000);
        b.HasOne(c => c.Goal).WithMany().HasForeignKey(c => c.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
        // A goal's story, newest first.
        b.HasIndex(c => new { c.GoalId, c.CheckedInAtUtc });
        b.HasIndex(c => c.AuthorId);
    }
}

internal class OneOnOneConfiguration : IEntityTypeConfiguration<OneOnOne>
{
    public void Configure(EntityTypeBuilder<OneOnOne> b)
    {
        b.ToTable("OneOnOnes");
        b.Property(m => m.SharedNotes).HasMaxLength(8000);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasOne(m => m.Manager).WithMany().HasForeignKey(m => m.ManagerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Employee).WithMany().HasForeignKey(m => m.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.AgendaItems).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.ActionItems).WithOne(a => a.Meeting).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        // Each person's meetings by time, from either side: the list, the "next 1:1" card, the items carried from earlier meetings.
        b.HasIndex(m => new { m.ManagerId, m.ScheduledAtUtc });
        b.HasIndex(m => new { m.EmployeeId, m.ScheduledAtUtc });
        b.Ignore(m => m.DomainEvents);
    }
}

internal class OneOnOneAgendaItemConfiguration : IEntityTypeConfiguration<OneOnOneAgendaItem>
{
    public void Configure(EntityTypeBuilder<OneOnOneAgendaItem> b)
    {
        b.ToTable("OneOnOneAgendaItems");
        b.Property(a => a.Text).HasMaxLength(500);
        b.HasOne(a => a.AddedBy).WithMany().HasForeignKey(a => a.AddedById).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(a => a.MeetingId);
        b.HasIndex(a => a.AddedById);
    }
}

internal class OneOnOneActionItemConfiguration : IEntityTypeConfiguration<OneOnOneActionItem>
{
    public void Configure(EntityTypeBuilder<OneOnOneActionItem> b)
    {
        b.ToTable("OneOnOneActionItems");
        b.Property(a => a.Text).HasMaxLength(500);
        b.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // A meeting's items; an owner's open items by due day (the card, the digest).
        b.HasIndex(a => a.MeetingId);
        b.HasIndex(a => new { a.OwnerId, a.DoneAtUtc, a.DueOn });
    }
}

internal class OneOnOnePrivateNoteConfiguration : IEntityTypeConfiguration<OneOnOnePrivateNote>
{
    public void Configure(EntityTypeBuilder<OneOnOnePrivateNote> b)
    {
        b.ToTable("OneOnOnePrivateNotes");
        b.Property(n => n.Text).HasMaxLength(4000);
        b.HasOne<OneOnOne>().WithMany().HasForeignKey(n => n.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation.Employee>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Cascade);
        // One note per writer and meeting.
        b.HasIndex(n => new { n.MeetingId, n.AuthorId }).IsUnique();
        b.HasIndex(n => n.AuthorId);
    }
}
