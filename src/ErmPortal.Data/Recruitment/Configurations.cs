using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Recruitment;

internal class RequisitionConfiguration : IEntityTypeConfiguration<Requisition>
{
    public void Configure(EntityTypeBuilder<Requisition> b)
    {
        b.ToTable("Requisitions");
        b.Property(r => r.Reason).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Currency).HasMaxLength(3);
        b.Property(r => r.SalaryFrom).HasPrecision(12, 2);
        b.Property(r => r.SalaryTo).HasPrecision(12, 2);
        b.Property(r => r.Justification).HasMaxLength(2000);
        b.Property(r => r.DecisionReason).HasMaxLength(1000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne(r => r.Position).WithMany().HasForeignKey(r => r.PositionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Location).WithMany().HasForeignKey(r => r.LocationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.ReplacesEmployee).WithMany().HasForeignKey(r => r.ReplacesEmployeeId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(r => r.RequestedBy).WithMany().HasForeignKey(r => r.RequestedById).OnDelete(DeleteBehavior.Restrict);
        // HR's queue by status in the order sent, or every requisition newest first; a manager's own requests newest first.
        b.HasIndex(r => new { r.Status, r.RequestedAtUtc });
        b.HasIndex(r => r.RequestedAtUtc);
        b.HasIndex(r => new { r.RequestedById, r.RequestedAtUtc });
        b.Ignore(r => r.DomainEvents);
    }
}

internal class OpeningConfiguration : IEntityTypeConfiguration<Opening>
{
    public void Configure(EntityTypeBuilder<Opening> b)
    {
        b.ToTable("Openings");
        b.Property(o => o.Title).HasMaxLength(200);
        b.Property(o => o.DescriptionHtml).HasMaxLength(20000);
        b.Property(o => o.RequiredSkills).HasMaxLength(500);
        b.Property(o => o.EmploymentType).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Audience).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasOne(o => o.Requisition).WithMany().HasForeignKey(o => o.RequisitionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.Position).WithMany().HasForeignKey(o => o.PositionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.Department).WithMany().HasForeignKey(o => o.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.Location).WithMany().HasForeignKey(o => o.LocationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.HiringManager).WithMany().HasForeignKey(o => o.HiringManagerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Stages).WithOne().HasForeignKey(s => s.OpeningId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.Interviewers).WithOne().HasForeignKey(i => i.OpeningId).OnDelete(DeleteBehavior.Cascade);
        // One opening per requisition; the careers page lists what is published, newest first; a hiring manager's openings.
        b.HasIndex(o => o.RequisitionId).IsUnique();
        b.HasIndex(o => new { o.Status, o.PublishedAtUtc });
        b.HasIndex(o => o.HiringManagerId);
        b.Ignore(o => o.DomainEvents);
    }
}

internal class OpeningStageConfiguration : IEntityTypeConfiguration<OpeningStage>
{
    public void Configure(EntityTypeBuilder<OpeningStage> b)
    {
        b.ToTable("OpeningStages");
        b.Property(s => s.Name).HasMaxLength(60);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.CandidateMessage).HasMaxLength(2000);
        b.HasIndex(s => new { s.OpeningId, s.Order });
    }
}

internal class OpeningInterviewerConfiguration : IEntityTypeConfiguration<OpeningInterviewer>
{
    public void Configure(EntityTypeBuilder<OpeningInterviewer> b)
    {
        b.ToTable("OpeningInterviewers");
        b.HasKey(i => new { i.OpeningId, i.EmployeeId });
        b.HasOne(i => i.Employee).WithMany().HasForeignKey(i => i.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        // "Openings I interview for", for the interviewer's pages and the access check.
        b.HasIndex(i => i.EmployeeId);
    }
}

internal class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> b)
    {
        b.ToTable("Candidates");
        b.Property(c => c.FirstName).HasMaxLength(100);
        b.Property(c => c.LastName).HasMaxLength(100);
        b.Property(c => c.Email).HasMaxLength(254);
        b.Property(c => c.NormalizedEmail).HasMaxLength(254);
        b.Property(c => c.Phone).HasMaxLength(40);
        b.Property(c => c.Skills).HasMaxLength(1000);
        b.Property(c => c.AccessStamp).HasMaxLength(32);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne(c => c.Employee).WithMany().HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.CandidateId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Applications).WithOne(a => a.Candidate).HasForeignKey(a => a.CandidateId).OnDelete(DeleteBehavior.Cascade);
        // The same person applying again is found by email, and two racing first applications cannot make two records.
        b.HasIndex(c => c.NormalizedEmail).IsUnique();
        b.HasIndex(c => c.EmployeeId);
        b.HasIndex(c => c.CreatedAtUtc);
        b.Ignore(c => c.DomainEvents);
    }
}

internal class CandidateTagConfiguration : IEntityTypeConfiguration<CandidateTag>
{
    public void Configure(EntityTypeBuilder<CandidateTag> b)
    {
        b.ToTable("CandidateTags");
        b.Property(t => t.Name).HasMaxLength(50);
        b.HasKey(t => new { t.CandidateId, t.Name });
        b.HasIndex(t => t.Name);
    }
}

internal class JobApplicationConfiguration : IEntityTypeConfiguration<JobApplication>
{
    public void Configure(EntityTypeBuilder<JobApplication> b)
    {
        b.ToTable("JobApplications");
        b.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.CoverLetter).HasMaxLength(5000);
        b.Property(a => a.CvFileKey).HasMaxLength(200);
        b.Property(a => a.CvFileName).HasMaxLength(200);
        b.Property(a => a.CvContentType).HasMaxLength(100);
        b.Property(a => a.OutcomeReason).HasMaxLength(1000);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne(a => a.Opening).WithMany().HasForeignKey(a => a.OpeningId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Stage).WithMany().HasForeignKey(a => a.StageId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.StageVisits).WithOne().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        // One application per candidate and opening; the board reads an opening's applications by stage, oldest in it first.
        b.HasIndex(a => new { a.CandidateId, a.OpeningId }).IsUnique();
        b.HasIndex(a => new { a.OpeningId, a.StageId, a.StageEnteredAtUtc });
        b.HasIndex(a => a.StageId);
        b.HasIndex(a => new { a.Source, a.AppliedAtUtc });
        // Candidate search lists every application newest first and stops at a page, whatever the filters.
        b.HasIndex(a => a.AppliedAtUtc);
        b.Ignore(a => a.DomainEvents);
    }
}

internal class StageVisitConfiguration : IEntityTypeConfiguration<StageVisit>
{
    public void Configure(EntityTypeBuilder<StageVisit> b)
    {
        b.ToTable("StageVisits");
        b.HasOne(v => v.Stage).WithMany().HasForeignKey(v => v.StageId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(v => new { v.ApplicationId, v.EnteredAtUtc });
        b.HasIndex(v => v.StageId);
    }
}

internal class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> b)
    {
        b.ToTable("Offers");
        b.Property(o => o.YearlySalary).HasPrecision(12, 2);
        b.Property(o => o.Currency).HasMaxLength(3);
        b.Property(o => o.Note).HasMaxLength(2000);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.DraftedByUserId).HasMaxLength(450);
        b.Property(o => o.ApprovalDecidedByUserId).HasMaxLength(450);
        b.Property(o => o.ApprovalNote).HasMaxLength(1000);
        b.Property(o => o.DeclineReason).HasMaxLength(1000);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasOne(o => o.Application).WithMany().HasForeignKey(o => o.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(o => o.Position).WithMany().HasForeignKey(o => o.PositionId).OnDelete(DeleteBehavior.Restrict);
        // An application's offers, newest last; and at most one in play at a time, even when two people draft at once.
        b.HasIndex(o => new { o.ApplicationId, o.DraftedAtUtc });
        b.HasIndex(o => o.ApplicationId).IsUnique().HasDatabaseName("IX_Offers_OneLivePerApplication")
            .HasFilter("\"Status\" IN ('Draft', 'PendingApproval', 'Approved', 'Sent', 'Accepted')");
        // HR's queue of offers waiting for an approval.
        b.HasIndex(o => new { o.Status, o.DraftedAtUtc });
        b.HasIndex(o => o.PositionId);
        b.Ignore(o => o.DomainEvents);
    }
}

internal class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> b)
    {
        b.ToTable("Interviews");
        b.Property(i => i.Place).HasMaxLength(200);
        b.Property(i => i.VideoLink).HasMaxLength(500);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.CalendarUid).HasMaxLength(100);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasOne(i => i.Application).WithMany().HasForeignKey(i => i.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(i => i.Organizer).WithMany().HasForeignKey(i => i.OrganizerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(i => i.Interviewers).WithOne().HasForeignKey(p => p.InterviewId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(i => i.EndsAtUtc);
        // An application's interviews in time order; the invite is found by its UID.
        b.HasIndex(i => new { i.ApplicationId, i.StartsAtUtc });
        b.HasIndex(i => i.CalendarUid).IsUnique();
        b.Ignore(i => i.DomainEvents);
    }
}

internal class InterviewParticipantConfiguration : IEntityTypeConfiguration<InterviewParticipant>
{
    public void Configure(EntityTypeBuilder<InterviewParticipant> b)
    {
        b.ToTable("InterviewParticipants");
        b.HasKey(p => new { p.InterviewId, p.EmployeeId });
        b.HasOne(p => p.Employee).WithMany().HasForeignKey(p => p.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        // "My interviews": the interviewer's card and page start from here.
        b.HasIndex(p => p.EmployeeId);
    }
}

internal class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> b)
    {
        b.ToTable("Scorecards");
        b.Property(s => s.Recommendation).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Summary).HasMaxLength(4000);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne(s => s.Interview).WithMany().HasForeignKey(s => s.InterviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.Interviewer).WithMany().HasForeignKey(s => s.InterviewerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Ratings).WithOne().HasForeignKey(r => r.ScorecardId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(s => s.IsSubmitted);
        // One scorecard per interviewer and interview; an application's scorecards, and whether the viewer submitted theirs.
        b.HasIndex(s => new { s.InterviewId, s.InterviewerId }).IsUnique();
        b.HasIndex(s => new { s.ApplicationId, s.InterviewerId, s.SubmittedAtUtc });
        b.HasIndex(s => s.InterviewerId);
        b.Ignore(s => s.DomainEvents);
    }
}

internal class ScorecardRatingConfiguration : IEntityTypeConfiguration<ScorecardRating>
{
    public void Configure(EntityTypeBuilder<ScorecardRating> b)
    {
        b.ToTable("ScorecardRatings");
        b.Property(r => r.Criterion).HasMaxLength(100);
        b.Property(r => r.Note).HasMaxLength(2000);
        b.HasIndex(r => new { r.ScorecardId, r.Order });
    }
}
