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
        b.Ignore(s => s.AnnualMinor);
        b.Ignore(s => s.DomainEvents);
    }
}

internal class PayBandConfiguration : IEntityTypeConfiguration<PayBand>
{
    public void Configure(EntityTypeBuilder<PayBand> b)
    {
        b.ToTable("PayBands", t => t.HasCheckConstraint("CK_PayBands_Order", "MinimumMinor <= MidpointMinor AND MidpointMinor <= MaximumMinor"));
        b.Property(p => p.Currency).HasMaxLength(3);
        b.HasIndex(p => new { p.Level, p.Currency }).IsUnique();
        b.Ignore(p => p.DomainEvents);
    }
}
