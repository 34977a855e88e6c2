using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>A CV as stored: the file store's key, the name to show and its type.</summary>
public record StoredCv(string Key, string DisplayName, string ContentType);

/// <summary>
/// What every way of applying from outside shares: the candidate's CV put in the file store (and taken out again if
/// the application is not saved), the application received in the opening's first stage, and the refusals a candidate
/// must be told about (applying twice, or two first applications from one address arriving together).
/// </summary>
public class ApplicationIntake(ErmDbContext db, IFileStorage storage, TransactionEffects effects, IClock clock)
{
    /// <summary>Written ahead of the commit, so a failed application removes it again: no file stays that no row names.</summary>
    public async Task<StoredCv> StoreCvAsync(IFormFile file, CancellationToken ct)
    {
        await using var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        content.Position = 0;
        var kind = CvFile.KindOf(content) ?? throw new DomainRuleException(nameof(ApplyForOpening.Command.Cv), CvFile.WrongType);
        content.Position = 0;
        var key = await storage.SaveAsync(content, CvFile.Folder, CvFile.ExtensionOf(kind), ct);
        effects.AfterRollback(cancellationToken => storage.DeleteAsync(key, cancellationToken));
        return new StoredCv(key, CvFile.DisplayName(file.FileName), CvFile.ContentTypeOf(kind));
    }

    /// <summary>A copy of a CV the candidate sent before, so each application keeps its own file whatever happens to the other.</summary>
    public async Task<StoredCv?> CopyCvAsync(JobApplication earlier, CancellationToken ct)
    {
        if (earlier.CvFileKey is null) return null;
        await using var content = await storage.OpenReadAsync(earlier.CvFileKey, ct);
        if (content is null) return null;
        var key = await storage.SaveAsync(content, CvFile.Folder, Path.GetExtension(earlier.CvFileKey), ct);
        effects.AfterRollback(cancellationToken => storage.DeleteAsync(key, cancellationToken));
        return new StoredCv(key, earlier.CvFileName ?? Path.GetFileName(key), earlier.CvContentType ?? "application/octet-stream");
    }

    /// <summary>An opening anyone may apply to now, with its stages; "not found" once it is closed or taken off the page.</summary>
    public async Task<Opening> OpenOpeningAsync(int openingId, CancellationToken ct) =>
        await db.Set<Opening>().OnCareersPage().Include(o => o.Stages).FirstOrDefaultAsync(o => o.Id == openingId, ct)
        ?? throw new NotFoundException();

    /// <summary>One application per person and opening: asked before anything is stored.</summary>
    public async Task EnsureFirstApplicationAsync(Candidate candidate, Opening opening, CancellationToken ct)
    {
        if (candidate.Id != 0 && await db.Set<JobApplication>().AnyAsync(a => a.CandidateId == candidate.Id && a.OpeningId == opening.Id, ct))
            throw new DomainRuleException("", AlreadyApplied);
    }

    /// <summary>
    /// Receives the application and saves it. The unique index
    /// on the normalized email is the last word on "one person, one record": should two first applications from one
    /// address be saved at once, the second is refused with a message rather than making a second candidate.
    /// </summary>
    public async Task<JobApplication> ReceiveAsync(Opening opening, Candidate candidate, CandidateSource source, string? coverLetter, StoredCv? cv,
        CancellationToken ct)
    {
        candidate.Language = CultureInfo.CurrentUICulture.Name;
        var application = JobApplication.Receive(opening, opening.Stages.Single(s => s.Kind == StageKind.Applied), candidate, source, clock.UtcNow);
        application.CoverLetter = string.IsNullOrWhiteSpace(coverLetter) ? null : coverLetter.Trim();
        application.CvFileKey = cv?.Key;
        application.CvFileName = cv?.DisplayName;
        application.CvContentType = cv?.ContentType;
        db.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            throw new DomainRuleException("", ArrivedTogether);
        }
        return application;
    }

    public const string AlreadyApplied = "This email address has already applied to this opening. The link in the email we sent shows how it stands.";
    public const string ArrivedTogether = "Another application from this email address arrived at the same moment. Please send yours again.";
}
