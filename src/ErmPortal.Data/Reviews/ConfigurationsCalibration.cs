using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Reviews;

/// <summary>What calibration adds to the reviews' table: an index its figures are read from.</summary>
internal class ReviewCalibrationConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> b)
    {
        // A cycle's ratings counted per department and rating from the index alone: calibration's figures read no review row.
        b.HasIndex(r => new { r.CycleId, r.DepartmentId, r.FinalRating });
    }
}
