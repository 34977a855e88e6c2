using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Onboarding;

internal class JourneyTemplateConfiguration : IEntityTypeConfiguration<JourneyTemplate>
{
    public void Configure(EntityTypeBuilder<JourneyTemplate> b)
    {
        b.ToTable("JourneyTemplates");
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasOne(t => t.Department).WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Position).WithMany().HasForeignKey(t => t.PositionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Versions).WithOne(v => v.Template).HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.Kind, t.Name });
        b.Ignore(t => t.Current);
        b.Ignore(t => t.DomainEvents);
    }
}

internal class TemplateVersionConfiguration : IEntityTypeConfiguration<TemplateVersion>
{
    public void Configure(EntityTypeBuilder<TemplateVersion> b)
    {
        b.ToTable("JourneyTemplateVersions");
        b.Property(v => v.CreatedByUserId).HasMaxLength(450);
        b.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
        b.HasMany(v => v.Tasks).WithOne().HasForeignKey(t => t.TemplateVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal class TemplateTaskConfiguration : IEntityTypeConfiguration<TemplateTask>
{
    public void Configure(EntityTypeBuilder<TemplateTask> b)
    {
        b.ToTable("JourneyTemplateTasks");
        b.Property(t => t.Title).HasMaxLength(200);
        b.Property(t => t.Instructions).HasMaxLength(2000);
        b.Property(t => t.Owner).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.DueUnit).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.DocumentKey).HasMaxLength(200);
        b.Property(t => t.DocumentName).HasMaxLength(200);
        b.Property(t => t.FormQuestions).HasMaxLength(2000);
        b.Property(t => t.RequestedDocument).HasConversion<string>().HasMaxLength(30);
    }
}

internal class JourneyPlanConfiguration : IEntityTypeConfiguration<JourneyPlan>
{
    public void Configure(EntityTypeBuilder<JourneyPlan> b)
    {
        b.ToTable("JourneyPlans");
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.TimeZoneId).HasMaxLength(100);
        b.Property(p => p.StartedByUserId).HasMaxLength(450);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne(p => p.Employee).WithMany().HasForeignKey(p => p.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(p => p.Buddy).WithMany().HasForeignKey(p => p.BuddyId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(p => p.TemplateVersion).WithMany().HasForeignKey(p => p.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Tasks).WithOne(t => t.Plan).HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.CheckIns).WithOne(c => c.Plan).HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        // A person's plans; HR's overview of running plans, of every kind or of one, by anchor day (read in that order, a
        // page at a time, rather than all sorted); a buddy's plans.
        b.HasIndex(p => new { p.EmployeeId, p.Status });
        b.HasIndex(p => new { p.Status, p.AnchorDate });
        b.HasIndex(p => new { p.Status, p.Kind, p.AnchorDate });
        b.HasIndex(p => p.BuddyId);
        b.Ignore(p => p.DomainEvents);
    }
}

internal class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> b)
    {
        b.ToTable("JourneyPlanTasks");
        b.Property(t => t.Title).HasMaxLength(200);
        b.Property(t => t.Instructions).HasMaxLength(2000);
        b.Property(t => t.Owner).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.DueUnit).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.DocumentKey).HasMaxLength(200);
        b.Property(t => t.DocumentName).HasMaxLength(200);
        b.Property(t => t.FormQuestions).HasMaxLength(2000);
        b.Property(t => t.FormAnswers).HasMaxLength(4000);
        b.Property(t => t.RequestedDocument).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.CompletedByUserId).HasMaxLength(450);
        b.HasOne(t => t.Assignee).WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.SetNull);
        // "My tasks": open ones by due day, for the dashboard card and the reminders; a plan's tasks in order; a plan's
        // tasks done, open and overdue counted from the index alone, for each row of HR's overview (without it SQLite
        // counted a plan's overdue tasks by reading every overdue task of every plan).
        b.HasIndex(t => new { t.AssigneeId, t.CompletedAtUtc, t.DueDate });
        b.HasIndex(t => new { t.PlanId, t.Order });
        b.HasIndex(t => new { t.PlanId, t.CompletedAtUtc, t.DueDate });
        b.HasIndex(t => new { t.CompletedAtUtc, t.DueDate });
    }
}

internal class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> b)
    {
        b.ToTable("JourneyCheckIns");
        b.Property(c => c.Respondent).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Comment).HasMaxLength(2000);
        b.HasOne<Organisation.Employee>().WithMany().HasForeignKey(c => c.RespondentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.RespondentId, c.SubmittedAtUtc, c.DueDate });
        b.HasIndex(c => new { c.PlanId, c.DayMark, c.Respondent }).IsUnique();
        b.HasIndex(c => new { c.Flagged, c.SubmittedAtUtc });
        b.Ignore(c => c.Average);
        b.Ignore(c => c.DomainEvents);
    }
}

internal class ExitInterviewConfiguration : IEntityTypeConfiguration<ExitInterview>
{
    public void Configure(EntityTypeBuilder<ExitInterview> b)
    {
        b.ToTable("ExitInterviews");
        b.Property(e => e.WouldReturn).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Comments).HasMaxLength(4000);
        b.Property(e => e.RecordedByUserId).HasMaxLength(450);
        b.HasOne(e => e.Employee).WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<JourneyPlan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(e => e.EmployeeId).IsUnique();
        b.HasIndex(e => e.RecordedAtUtc);
    }
}

internal class EmployeeDocumentConfiguration : IEntityTypeConfiguration<EmployeeDocument>
{
    public void Configure(EntityTypeBuilder<EmployeeDocument> b)
    {
        b.ToTable("EmployeeDocuments");
        b.Property(d => d.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Visibility).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.FileKey).HasMaxLength(200);
        b.Property(d => d.FileName).HasMaxLength(255);
        b.Property(d => d.ContentType).HasMaxLength(100);
        b.Property(d => d.UploadedByUserId).HasMaxLength(450);
        b.HasOne(d => d.Employee).WithMany().HasForeignKey(d => d.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PlanTask>().WithMany().HasForeignKey(d => d.PlanTaskId).OnDelete(DeleteBehavior.SetNull);
        // A person's documents, newest first; the expiring-soon reminders.
        b.HasIndex(d => new { d.EmployeeId, d.UploadedAtUtc });
        b.HasIndex(d => d.ExpiresOn);
        b.Ignore(d => d.DomainEvents);
    }
}
