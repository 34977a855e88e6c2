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
        b.Property(s => s.SeatsVersion).IsConcurrencyToken();
        b.HasOne(s => s.TrainerEmployee).WithMany().HasForeignKey(s => s.TrainerEmployeeId).OnDelete(DeleteBehavior.SetNull);
        // A course's sessions by date (the upcoming ones on its page); every course's coming sessions; a trainer's sessions.
        b.HasIndex(s => new { s.CourseId, s.StartsAtUtc });
        b.HasIndex(s => s.StartsAtUtc);
        b.HasIndex(s => s.TrainerEmployeeId);
        b.Ignore(s => s.DomainEvents);
    }
}

internal class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> b)
    {
        b.ToTable("Enrolments");
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.RequestNote).HasMaxLength(1000);
        b.Property(e => e.AssignedByUserId).HasMaxLength(450);
        b.Property(e => e.DecisionReason).HasMaxLength(1000);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasOne(e => e.Employee).WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.Course).WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.Session).WithMany().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Organisation.Employee>().WithMany().HasForeignKey(e => e.DecidedByEmployeeId).OnDelete(DeleteBehavior.SetNull);
        // A session's seats and waiting list; a person's places by state; the requests waiting for decisions.
        b.HasIndex(e => new { e.SessionId, e.Status, e.WaitlistedAtUtc });
        b.HasIndex(e => new { e.EmployeeId, e.Status });
        b.HasIndex(e => new { e.CourseId, e.Status });
        b.HasIndex(e => new { e.Status, e.RequestedAtUtc });
        b.Ignore(e => e.DomainEvents);
        b.Ignore(e => e.IsLive);
    }
}

internal class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> b)
    {
        b.ToTable("TrainingRecords");
        b.Property(r => r.Title).HasMaxLength(200).UseCollation("NOCASE");
        b.Property(r => r.Provider).HasMaxLength(200);
        b.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Hours).HasPrecision(6, 1);
        b.Property(r => r.Cost).HasPrecision(12, 2);
        b.Property(r => r.Currency).HasMaxLength(3);
        b.Property(r => r.Score).HasPrecision(5, 1);
        b.Property(r => r.CertificateFileKey).HasMaxLength(200);
        b.Property(r => r.CertificateFileName).HasMaxLength(255);
        b.Property(r => r.CertificateContentType).HasMaxLength(100);
        b.Property(r => r.RecordedByUserId).HasMaxLength(450);
        b.Property(r => r.ConfirmedByUserId).HasMaxLength(450);
        b.Property(r => r.RefusalReason).HasMaxLength(1000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne(r => r.Employee).WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Course).WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Enrolment>().WithMany().HasForeignKey(r => r.EnrolmentId).OnDelete(DeleteBehavior.SetNull);
        // A person's records by date; each person's last completion of a course (compliance); the certificates by expiry;
        // HR's records waiting for confirmation.
        b.HasIndex(r => new { r.EmployeeId, r.CompletedOn });
        b.HasIndex(r => new { r.CourseId, r.EmployeeId, r.CompletedOn });
        b.HasIndex(r => r.CertificateExpiresOn);
        b.HasIndex(r => new { r.ConfirmedAtUtc, r.RecordedAtUtc });
        b.HasIndex(r => r.EnrolmentId);
        // Compliance: each person's last completion of a course; recommendations: what colleagues completed lately. Whether
        // passed and confirmed is read from the index alone.
        b.HasIndex(r => new { r.EmployeeId, r.CourseId, r.CompletedOn, r.Passed, r.ConfirmedAtUtc });
        // Investment: a year's records, then their people.
        b.HasIndex(r => new { r.CompletedOn, r.EmployeeId });
        b.Ignore(r => r.DomainEvents);
    }
}

internal class TrainingFeedbackConfiguration : IEntityTypeConfiguration<TrainingFeedback>
{
    public void Configure(EntityTypeBuilder<TrainingFeedback> b)
    {
        b.ToTable("TrainingFeedback");
        b.Property(f => f.Comment).HasMaxLength(TrainingFeedback.MaxComment);
        b.HasOne(f => f.Record).WithMany().HasForeignKey(f => f.TrainingRecordId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Course>().WithMany().HasForeignKey(f => f.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CourseSession>().WithMany().HasForeignKey(f => f.SessionId).OnDelete(DeleteBehavior.SetNull);
        // One opinion per completion; a course's rating (average and count) on the catalog; a session's for its trainer.
        b.HasIndex(f => f.TrainingRecordId).IsUnique();
        b.HasIndex(f => new { f.CourseId, f.Rating });
        b.HasIndex(f => f.SessionId);
    }
}

internal class PositionSkillConfiguration : IEntityTypeConfiguration<PositionSkill>
{
    public void Configure(EntityTypeBuilder<PositionSkill> b)
    {
        b.ToTable("PositionSkills");
        // As a course's skills and a person's: "sql" required meets "SQL" on a profile.
        b.Property(s => s.Name).HasMaxLength(60).UseCollation("NOCASE");
        b.HasOne(s => s.Position).WithMany().HasForeignKey(s => s.PositionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.PositionId, s.Name }).IsUnique();
    }
}

internal class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> b)
    {
        b.ToTable("DevelopmentPlans");
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne(p => p.Employee).WithMany().HasForeignKey(p => p.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation.Employee>().WithMany().HasForeignKey(p => p.ManagerAgreedById).OnDelete(DeleteBehavior.SetNull);
        // One current plan per person.
        b.HasIndex(p => p.EmployeeId).IsUnique();
        b.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Courses).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Comments).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(p => p.DomainEvents);
    }
}

internal class DevelopmentGoalConfiguration : IEntityTypeConfiguration<DevelopmentGoal>
{
    public void Configure(EntityTypeBuilder<DevelopmentGoal> b)
    {
        b.ToTable("DevelopmentGoals");
        b.Property(g => g.Title).HasMaxLength(200);
        b.Property(g => g.Skill).HasMaxLength(60).UseCollation("NOCASE");
        b.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
    }
}

internal class PlannedCourseConfiguration : IEntityTypeConfiguration<PlannedCourse>
{
    public void Configure(EntityTypeBuilder<PlannedCourse> b)
    {
        b.ToTable("PlannedCourses");
        b.HasOne(c => c.Course).WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.PlanId, c.CourseId }).IsUnique();
    }
}

internal class DevelopmentCommentConfiguration : IEntityTypeConfiguration<DevelopmentComment>
{
    public void Configure(EntityTypeBuilder<DevelopmentComment> b)
    {
        b.ToTable("DevelopmentComments");
        b.Property(c => c.Text).HasMaxLength(2000);
        b.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.PlanId, c.WrittenAtUtc });
    }
}

internal class RecommendationDismissalConfiguration : IEntityTypeConfiguration<RecommendationDismissal>
{
    public void Configure(EntityTypeBuilder<RecommendationDismissal> b)
    {
        b.ToTable("RecommendationDismissals");
        b.HasOne<Organisation.Employee>().WithMany().HasForeignKey(d => d.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Course>().WithMany().HasForeignKey(d => d.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.EmployeeId, d.CourseId }).IsUnique();
    }
}

internal class DevelopmentNeedConfiguration : IEntityTypeConfiguration<DevelopmentNeed>
{
    public void Configure(EntityTypeBuilder<DevelopmentNeed> b)
    {
        b.ToTable("DevelopmentNeeds");
        b.Property(n => n.Skill).HasMaxLength(60).UseCollation("NOCASE");
        b.Property(n => n.Source).HasMaxLength(300);
        b.HasOne<Organisation.Employee>().WithMany().HasForeignKey(n => n.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        // The needs of a person's last review.
        b.HasIndex(n => new { n.EmployeeId, n.NotedOn });
    }
}
