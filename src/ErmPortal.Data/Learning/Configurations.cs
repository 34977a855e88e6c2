using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Learning;

internal class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.ToTable("Courses");
        b.Property(c => c.Title).HasMaxLength(200).UseCollation("NOCASE");
        b.Property(c => c.Description).HasMaxLength(4000);
        b.Property(c => c.Provider).HasMaxLength(200).UseCollation("NOCASE");
        b.Property(c => c.Format).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Hours).HasPrecision(6, 1);
        b.Property(c => c.Cost).HasPrecision(12, 2);
        b.Property(c => c.Currency).HasMaxLength(3);
        b.Property(c => c.Prerequisites).HasMaxLength(1000);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasMany(c => c.Skills).WithOne().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.MandatoryRules).WithOne(r => r.Course).HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Sessions).WithOne(s => s.Course).HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
        // The catalog lists courses still offered by title, whole or narrowed by format, by internal or external, or by provider.
        b.HasIndex(c => new { c.ArchivedAtUtc, c.Title });
        b.HasIndex(c => new { c.Format, c.ArchivedAtUtc, c.Title });
        b.HasIndex(c => new { c.IsInternal, c.ArchivedAtUtc, c.Title });
        b.HasIndex(c => new { c.Provider, c.ArchivedAtUtc });
        b.Ignore(c => c.DomainEvents);
    }
}

internal class CourseSkillConfiguration : IEntityTypeConfiguration<CourseSkill>
{
    public void Configure(EntityTypeBuilder<CourseSkill> b)
    {
        b.ToTable("CourseSkills");
        // The same length and collation as a person's skills, so "sql" on a course meets "SQL" on a profile.
        b.Property(s => s.Name).HasMaxLength(60).UseCollation("NOCASE");
        b.HasIndex(s => new { s.CourseId, s.Name }).IsUnique();
        // The catalog's skill filter, and later the courses that teach a skill someone lacks.
        b.HasIndex(s => new { s.Name, s.CourseId });
    }
}

internal class MandatoryRuleConfiguration : IEntityTypeConfiguration<MandatoryRule>
{
    public void Configure(EntityTypeBuilder<MandatoryRule> b)
    {
        b.ToTable("CourseMandatoryRules");
        b.HasOne(r => r.Position).WithMany().HasForeignKey(r => r.PositionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.CourseId, r.PositionId });
        // What a position must take, for each person's due dates.
        b.HasIndex(r => r.PositionId);
    }
}

internal class CourseSessionConfiguration : IEntityTypeConfiguration<CourseSession>
{
    public void Configure(EntityTypeBuilder<CourseSession> b)
    {
        b.ToTable("CourseSessions");
        b.Property(s => s.TimeZoneId).HasMaxLength(100);
        b.Property(s => s.Place).HasMaxLength(200);
        b.Property(s => s.Link).HasMaxLength(500);
        b.Property(s => s.TrainerName).HasMaxLength(200);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne(s => s.TrainerEmployee).WithMany().HasForeignKey(s => s.TrainerEmployeeId).OnDelete(DeleteBehavior.SetNull);
        // A course's sessions by date (the upcoming ones on its page); every course's coming sessions; a trainer's sessions.
        b.HasIndex(s => new { s.CourseId, s.StartsAtUtc });
        b.HasIndex(s => s.StartsAtUtc);
        b.HasIndex(s => s.TrainerEmployeeId);
        b.Ignore(s => s.DomainEvents);
    }
}
