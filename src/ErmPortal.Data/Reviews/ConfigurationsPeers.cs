using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ErmPortal.Data.Reviews;

internal class PeerNominationConfiguration : IEntityTypeConfiguration<PeerNomination>
{
    public void Configure(EntityTypeBuilder<PeerNomination> b)
    {
        b.ToTable("PeerNominations");
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.HasOne(n => n.Review).WithMany().HasForeignKey(n => n.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(n => n.Peer).WithMany().HasForeignKey(n => n.PeerId).OnDelete(DeleteBehavior.Cascade);
        // A peer once per review; a peer's forms to answer (their page, the card, the digest).
        b.HasIndex(n => new { n.ReviewId, n.PeerId }).IsUnique();
        b.HasIndex(n => new { n.PeerId, n.Status, n.Answered });
        b.Ignore(n => n.DomainEvents);
    }
}

internal class PeerFeedbackAnswerConfiguration : IEntityTypeConfiguration<PeerFeedbackAnswer>
{
    public void Configure(EntityTypeBuilder<PeerFeedbackAnswer> b)
    {
        b.ToTable("PeerFeedbackAnswers");
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Relationship).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.KeepDoing).HasMaxLength(2000);
        b.Property(a => a.DoDifferently).HasMaxLength(2000);
        b.HasOne<Review>().WithMany().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Ratings).WithOne().HasForeignKey(r => r.AnswerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.ReviewId);
    }
}

internal class PeerFeedbackRatingConfiguration : IEntityTypeConfiguration<PeerFeedbackRating>
{
    public void Configure(EntityTypeBuilder<PeerFeedbackRating> b)
    {
        b.ToTable("PeerFeedbackRatings");
        b.HasOne<ReviewCompetency>().WithMany().HasForeignKey(r => r.CompetencyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.AnswerId, r.CompetencyId }).IsUnique();
        b.HasIndex(r => r.CompetencyId);
    }
}
