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
