using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>
/// Who works on offers: those who both decide on the candidates and may see pay, that is HR and the opening's hiring
/// manager. Interviewers see the candidate but never the figures; to them, as to everyone else, an offer does not exist.
/// </summary>
public class OfferTeam(ErmDbContext db, OpeningAccess access)
{
    public async Task<OpeningResource> RequireForOpeningAsync(int openingId, CancellationToken ct)
    {
        var resource = await access.RequireAsync(openingId, OpeningOperations.MoveCandidates, ct);
        return await access.CanAsync(resource, OpeningOperations.SeeCompensation) ? resource : throw new NotFoundException();
    }

    public async Task<OpeningResource> RequireForApplicationAsync(int applicationId, CancellationToken ct) =>
        await RequireForOpeningAsync(await db.Set<JobApplication>().Where(a => a.Id == applicationId).Select(a => (int?)a.OpeningId)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(), ct);

    public async Task<OpeningResource> RequireForOfferAsync(int offerId, CancellationToken ct) =>
        await RequireForOpeningAsync(await db.Set<Offer>().Where(o => o.Id == offerId).Select(o => (int?)o.Application.OpeningId)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(), ct);

    /// <summary>The offer, loaded for a change, once the viewer is known to work on it; a stale page is refused.</summary>
    public async Task<Offer> LoadForChangeAsync(int offerId, Guid version, CancellationToken ct)
    {
        await RequireForOfferAsync(offerId, ct);
        var offer = await db.Set<Offer>().Include(o => o.Application).FirstAsync(o => o.Id == offerId, ct);
        if (offer.Version != version)
            throw new ConcurrencyConflictException("Someone else changed this offer after you opened it. Reload to see where it stands.");
        // The update is made against the version the person saw, so a decision saved meanwhile makes this one fail.
        db.Entry(offer).Property(o => o.Version).OriginalValue = version;
        return offer;
    }

    /// <summary>Saves a change made on a version someone else changed meanwhile as a conflict the person can read, not an error.</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else changed this offer while you were saving. Reload to see where it stands.");
        }
    }
}
