using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Infrastructure;

internal class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.HasKey(j => j.JobName);
        b.Property(j => j.JobName).HasMaxLength(100);
        b.Property(j => j.Holder).HasMaxLength(200);
    }
}

internal class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> b)
    {
        b.Property(o => o.To).HasMaxLength(256);
        b.Property(o => o.Subject).HasMaxLength(300);
        b.HasIndex(o => o.SentAtUtc);
    }
}

internal class TableVersionConfiguration : IEntityTypeConfiguration<TableVersion>
{
    public void Configure(EntityTypeBuilder<TableVersion> b)
    {
        b.ToTable("TableVersions");
        b.HasKey(v => v.Name);
        b.Property(v => v.Name).HasMaxLength(100);
    }
}
