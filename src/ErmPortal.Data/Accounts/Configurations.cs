using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Accounts;

internal class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> b)
    {
        // The administrator's figures are kept by AFTER triggers on this table (HomeFiguresMigration), with which
        // SQLite cannot combine the RETURNING clause EF would otherwise use.
        b.ToTable(t => t.UseSqlReturningClause(false));
        // The few accounts ever locked out, read to count those locked now without reading every account.
        b.HasIndex(u => u.LockoutEnd).HasFilter("LockoutEnd IS NOT NULL");
        b.Property(u => u.PreferredCulture).HasMaxLength(20);
        b.Property(u => u.TimeZoneId).HasMaxLength(100);
    }
}

internal class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("UserSessions");
        b.Property(s => s.Key).HasMaxLength(64);
        b.HasIndex(s => s.Key).IsUnique();
        b.Property(s => s.Browser).HasMaxLength(50);
        b.Property(s => s.OperatingSystem).HasMaxLength(50);
        b.Property(s => s.IpAddress).HasMaxLength(45);
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.UserId);
        b.HasIndex(s => s.ExpiresAtUtc);
    }
}

internal class AccountFiguresConfiguration : IEntityTypeConfiguration<AccountFigures>
{
    public void Configure(EntityTypeBuilder<AccountFigures> b)
    {
        b.ToTable("AccountFigures");
        b.Property(f => f.Id).ValueGeneratedNever();
    }
}
