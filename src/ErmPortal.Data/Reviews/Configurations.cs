using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Reviews;

internal class ReviewCycleConfiguration : IEntityTypeConfiguration<ReviewCycle>
{
    public void Configure(EntityTypeBuilder<ReviewCycle> b)
    {
        b.ToTable("ReviewCycles");
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Scope).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Phase).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasMany(c => c.RatingLevels).WithOne().HasForeignKey(l => l.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Competencies).WithOne().HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Deadlines).WithOne().HasForeignKey(d => d.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.ScopeEntries).WithOne().HasForeignKey(e => e.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Reviews).WithOne(r => r.Cycle).HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
        // HR's list, newest first; the running cycles every home page and reminder looks for.
        b.HasIndex(c => c.CreatedAtUtc);
        b.HasIndex(c => c.Phase);
        b.Ignore(c => c.DomainEvents);
    }
}

internal class ReviewRatingLevelConfiguration : IEntityTypeConfiguration<ReviewRatingLevel>
{
    public void Configure(EntityTypeBuilder<ReviewRatingLevel> b)
    {
        b.ToTable("ReviewRatingLevels");
        b.Property(l => l.Label).HasMaxLength(100);
        b.HasIndex(l => new { l.CycleId, l.Value }).IsUnique();
    }
}

internal class ReviewCompetencyConfiguration : IEntityTypeConfiguration<ReviewCompetency>
{
    public void Configure(EntityTypeBuilder<ReviewCompetency> b)
    {
        b.ToTable("ReviewCompetencies");
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Description).HasMaxLength(1000);
        b.HasIndex(c => new { c.CycleId, c.SortOrder });
    }
}

internal class ReviewPhaseDeadlineConfiguration : IEntityTypeConfiguration<ReviewPhaseDeadline>
{
    public void Configure(EntityTypeBuilder<ReviewPhaseDeadline> b)
    {
        b.ToTable("ReviewPhaseDeadlines");
        b.Property(d => d.Phase).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(d => new { d.CycleId, d.Phase }).IsUnique();
    }
}

internal class ReviewCycleScopeEntryConfiguration : IEntityTypeConfiguration<ReviewCycleScopeEntry>
{
    public void Configure(EntityTypeBuilder<ReviewCycleScopeEntry> b)
    {
        b.ToTable("ReviewCycleScopeEntries");
        b.HasOne(e => e.Department).WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.Employee).WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.CycleId);
    }
}

internal class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> b)
    {
        b.ToTable("Reviews");
        foreach (var text in new[] { nameof(Review.SelfWentWell), nameof(Review.SelfToDevelop), nameof(Review.SelfSupportWanted),
                     nameof(Review.ManagerSummary), nameof(Review.ManagerStrengths), nameof(Review.ManagerToDevelop), nameof(Review.EmployeeComment) })
            b.Property(text).HasMaxLength(4000);
        b.Property(r => r.Potential).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne(r => r.Employee).WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Reviewer).WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Ratings).WithOne().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.DevelopmentNeeds).WithOne().HasForeignKey(n => n.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Adjustments).WithOne(a => a.Review).HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        // One review per person and cycle; a cycle's reviews per department (progress, calibration); a reviewer's
        // reviews to write; a person's reviews, the latest final one first (profile, 9-box).
        b.HasIndex(r => new { r.CycleId, r.EmployeeId }).IsUnique();
        b.HasIndex(r => new { r.CycleId, r.DepartmentId });
        b.HasIndex(r => new { r.ReviewerId, r.CycleId });
        b.HasIndex(r => new { r.EmployeeId, r.FinalizedAtUtc });
        b.Ignore(r => r.DomainEvents);
    }
}

internal class ReviewRatingConfiguration : IEntityTypeConfiguration<ReviewRating>
{
    public void Configure(EntityTypeBuilder<ReviewRating> b)
    {
        b.ToTable("ReviewRatings");
        b.Property(r => r.Author).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.Comment).HasMaxLength(2000);
        b.HasOne(r => r.Competency).WithMany().HasForeignKey(r => r.CompetencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Goal).WithMany().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ReviewId, r.Author });
        b.HasIndex(r => r.CompetencyId);
        b.HasIndex(r => r.GoalId);
    }
}

internal class ReviewDevelopmentNeedConfiguration : IEntityTypeConfiguration<ReviewDevelopmentNeed>
{
    public void Configure(EntityTypeBuilder<ReviewDevelopmentNeed> b)
    {
        b.ToTable("ReviewDevelopmentNeeds");
        // The same length and collation as a person's skills and a course's, so the learning module matches them.
        b.Property(n => n.Skill).HasMaxLength(60).UseCollation("NOCASE");
        b.HasIndex(n => new { n.ReviewId, n.Skill }).IsUnique();
    }
}

internal class CalibrationAdjustmentConfiguration : IEntityTypeConfiguration<CalibrationAdjustment>
{
    public void Configure(EntityTypeBuilder<CalibrationAdjustment> b)
    {
        b.ToTable("CalibrationAdjustments");
        b.Property(a => a.FromPotential).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.ToPotential).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.Reason).HasMaxLength(1000);
        b.Property(a => a.AdjustedByUserId).HasMaxLength(450);
        b.HasOne(a => a.AdjustedByEmployee).WithMany().HasForeignKey(a => a.AdjustedByEmployeeId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(a => new { a.ReviewId, a.AdjustedAtUtc });
        b.HasIndex(a => a.AdjustedByEmployeeId);
    }
}

internal class PerformanceGoalConfiguration : IEntityTypeConfiguration<PerformanceGoal>
{
    public void Configure(EntityTypeBuilder<PerformanceGoal> b)
    {
        b.ToTable("PerformanceGoals");
        b.Property(g => g.Title).HasMaxLength(200);
        b.Property(g => g.Measure).HasMaxLength(1000);
        b.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(g => g.Version).IsConcurrencyToken();
        b.HasOne(g => g.Employee).WithMany().HasForeignKey(g => g.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(g => g.AlignedToGoal).WithMany().HasForeignKey(g => g.AlignedToGoalId).OnDelete(DeleteBehavior.SetNull);
        // A person's goals by target date (their page, the period a review rates); the goals aligned to a manager's goal.
        b.HasIndex(g => new { g.EmployeeId, g.TargetDate });
        b.HasIndex(g => g.AlignedToGoalId);
        b.Ignore(g => g.DomainEvents);
    }
}
