using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>Whose application a page is about, for its heading, its links and the access check on its opening.</summary>
public record ApplicationHeading(int ApplicationId, int OpeningId, string OpeningTitle, int CandidateId, string CandidateName, bool IsActive)
{
    public static async Task<ApplicationHeading> LoadAsync(ErmDbContext db, int applicationId, CancellationToken ct) =>
        await db.Set<JobApplication>().Where(a => a.Id == applicationId)
            .Select(a => new ApplicationHeading(a.Id, a.OpeningId, a.Opening.Title, a.CandidateId,
                a.Candidate.FirstName + " " + a.Candidate.LastName, a.EndedAtUtc == null))
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
}
