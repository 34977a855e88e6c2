using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Cases;

internal class HrCaseConfiguration : IEntityTypeConfiguration<HrCase>
{
    public void Configure(EntityTypeBuilder<HrCase> b)
    {
        b.ToTable("HrCases");
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.Summary).HasMaxLength(HrCase.TextLength);
        b.Property(c => c.Outcome).HasMaxLength(HrCase.TextLength);
        b.HasOne(c => c.Employee).WithMany().HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Notes).WithOne(n => n.Case).HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        // HR's list by status, newest first; and the open cases of a team, for the warnings before acting on them.
        b.HasIndex(c => new { c.Status, c.OpenedOn });
        b.HasIndex(c => new { c.EmployeeId, c.Status });
        b.HasIndex(c => c.OwnerId);
        // HR's home counts the open cases by kind from this index alone, without reading the cases.
        b.HasIndex(c => new { c.Status, c.Kind, c.OpenedOn, c.EmployeeId }).HasDatabaseName("IX_HrCases_OpenByKind");
        b.Ignore(c => c.DomainEvents);
    }
}

internal class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("HrCaseNotes");
        b.Property(n => n.AuthorName).HasMaxLength(200);
        b.Property(n => n.Text).HasMaxLength(HrCase.TextLength);
        b.HasIndex(n => new { n.CaseId, n.WrittenAtUtc });
        b.Ignore(n => n.DomainEvents);
    }
}
