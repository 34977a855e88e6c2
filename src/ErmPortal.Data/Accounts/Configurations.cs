using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Accounts;

internal class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> b)
    {
        b.Property(u => u.PreferredCulture).HasMaxLength(20);
        b.Property(u => u.TimeZoneId).HasMaxLength(100);
    }
}
