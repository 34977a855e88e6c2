using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Compensation;

internal class SalaryRecordConfiguration : IEntityTypeConfiguration<SalaryRecord>
{
    public void Configure(EntityTypeBuilder<SalaryRecord> b)
    {
        b.ToTable("SalaryRecords");
        b.Property(s => s.Currency).HasMaxLength(3);
        b.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(10);
        b.Property(s => s.Reason).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Note).HasMaxLength(500);
        b.HasOne(s => s.Employee).WithMany().HasForeignKey(s => s.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        // A person's history in order, and the current salary of everyone on a day: both walk this index.
        b.HasIndex(s => new { s.EmployeeId, s.EffectiveOn });
        // The changes still waiting for their day: what the job reads every run.
        b.HasIndex(s => s.EffectiveOn).HasFilter("AppliedOn IS NULL").HasDatabaseName("IX_SalaryRecords_Waiting");
        b.HasIndex(s => s.ProposalId);
        b.Ignore(s => s.AnnualMinor);
        b.Ignore(s => s.DomainEvents);
    }
}

internal class PayBandConfiguration : IEntityTypeConfiguration<PayBand>
{
    public void Configure(EntityTypeBuilder<PayBand> b)
    {
        b.Property(p => p.Version).IsConcurrencyToken();
        b.ToTable("PayBands", t => t.HasCheckConstraint("CK_PayBands_Order", "MinimumMinor <= MidpointMinor AND MidpointMinor <= MaximumMinor"));
        b.Property(p => p.Currency).HasMaxLength(3);
        b.HasIndex(p => new { p.Level, p.Currency }).IsUnique();
        b.Ignore(p => p.DomainEvents);
    }
}

internal class BonusConfiguration : IEntityTypeConfiguration<Bonus>
{
    public void Configure(EntityTypeBuilder<Bonus> b)
    {
        b.ToTable("Bonuses");
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EmployeeId, x.PaidOn });
        b.Ignore(x => x.DomainEvents);
    }
}

internal class AllowanceConfiguration : IEntityTypeConfiguration<Allowance>
{
    public void Configure(EntityTypeBuilder<Allowance> b)
    {
        b.ToTable("Allowances");
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EmployeeId, x.StartsOn });
        b.Ignore(x => x.DomainEvents);
    }
}

internal class BenefitConfiguration : IEntityTypeConfiguration<Benefit>
{
    public void Configure(EntityTypeBuilder<Benefit> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.ToTable("Benefits");
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CostFrequency).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(x => x.Name).IsUnique();
        b.Ignore(x => x.MonthlyCostMinor);
        b.Ignore(x => x.DomainEvents);
    }
}

internal class BenefitEnrolmentConfiguration : IEntityTypeConfiguration<BenefitEnrolment>
{
    public void Configure(EntityTypeBuilder<BenefitEnrolment> b)
    {
        b.ToTable("BenefitEnrolments");
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Benefit).WithMany().HasForeignKey(x => x.BenefitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EmployeeId, x.StartsOn });
        b.HasIndex(x => new { x.BenefitId, x.EndsOn });
        b.Ignore(x => x.DomainEvents);
    }
}

internal class PayPolicyConfiguration : IEntityTypeConfiguration<PayPolicy>
{
    public void Configure(EntityTypeBuilder<PayPolicy> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.ToTable("PayPolicies");
        b.Property(x => x.BandDisplay).HasConversion<string>().HasMaxLength(20);
        b.Ignore(x => x.DomainEvents);
    }
}

internal class CompensationCycleConfiguration : IEntityTypeConfiguration<CompensationCycle>
{
    public void Configure(EntityTypeBuilder<CompensationCycle> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.ToTable("CompensationCycles");
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(x => new { x.Status, x.EffectiveOn });
        b.HasMany(x => x.Budgets).WithOne(x => x.Cycle).HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Guideline).WithOne().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.DomainEvents);
    }
}

internal class DepartmentBudgetConfiguration : IEntityTypeConfiguration<DepartmentBudget>
{
    public void Configure(EntityTypeBuilder<DepartmentBudget> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.ToTable("CompensationBudgets");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.HrComment).HasMaxLength(1000);
        b.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CycleId, x.DepartmentId }).IsUnique();
        b.Ignore(x => x.Percent);
        b.Ignore(x => x.DomainEvents);
    }
}

internal class GuidelineCellConfiguration : IEntityTypeConfiguration<GuidelineCell>
{
    public void Configure(EntityTypeBuilder<GuidelineCell> b)
    {
        b.ToTable("CompensationGuidelineCells", t => t.HasCheckConstraint("CK_GuidelineCells_Range", "MinimumBasisPoints <= MaximumBasisPoints"));
        b.Property(x => x.Quarter).HasConversion<int>();
        b.HasIndex(x => new { x.CycleId, x.Rating, x.Quarter }).IsUnique();
    }
}

internal class PayProposalConfiguration : IEntityTypeConfiguration<PayProposal>
{
    public void Configure(EntityTypeBuilder<PayProposal> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.ToTable("PayProposals");
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Justification).HasMaxLength(1000);
        b.HasOne(x => x.Cycle).WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CycleId, x.EmployeeId }).IsUnique();
        // HR's department roll-up and approval read a department's proposals by status.
        b.HasIndex(x => new { x.CycleId, x.DepartmentId, x.Status });
        b.HasIndex(x => new { x.EmployeeId, x.Status });
        b.Ignore(x => x.RaisePercent);
        b.Ignore(x => x.PositionInBand);
        b.Ignore(x => x.CompaRatio);
        b.Ignore(x => x.IsOutOfBand);
        b.Ignore(x => x.DomainEvents);
    }
}
