using System.IO.Compression;
using System.Text.Json;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Privacy;

/// <summary>
/// A candidate's request about their data, handled by HR: a copy of everything kept about them (the record, every
/// application with its stages, the timeline as HR reads it, and the CV files), or its erasure. Erasing anonymises the
/// candidate: the stages and dates stay for the figures, nothing that identifies the person does.
/// </summary>
public static class CandidatePrivacy
{
    [RequireRole(Roles.Hr)]
    public record Query(int CandidateId) : IRequest<Model>;

    public record Model(int Id, string Name, string Email, int Applications, int CvFiles, int TimelineEntries, bool InTalentPool,
        DateTime? AnonymisedAtUtc, Guid Version);

    [RequireRole(Roles.Hr)]
    public record ExportQuery(int CandidateId) : IRequest<Export>;

    public record Export(byte[] Content, string FileName);

    [RequireRole(Roles.Hr)]
    public record Erase(int CandidateId, Guid Version) : ICommand;

    public record ApplicationRow(string Opening, DateTime AppliedAtUtc, string Source, string Stage, string? OutcomeReason, DateTime? EndedAtUtc,
        string? CoverLetter, string? CvFileName, IReadOnlyList<StageRow> Stages);
    public record StageRow(string Stage, DateTime EnteredAtUtc, DateTime? LeftAtUtc);
    public record TimelineRow(DateTime OccurredAtUtc, string Kind, string Summary, string? By);

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct) =>
            await db.Set<Candidate>().Where(c => c.Id == request.CandidateId)
                .Select(c => new Model(c.Id, c.FirstName + " " + c.LastName, c.Email, c.Applications.Count, c.Applications.Count(a => a.CvFileKey != null),
                    db.Set<TimelineEntry>().Count(t => t.SubjectType == TimelineSubjects.Candidate && t.SubjectId == c.Id),
                    c.TalentPoolConsentAtUtc != null && c.AnonymisedAtUtc == null, c.AnonymisedAtUtc, c.Version))
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
    }

    public class ExportHandler(ErmDbContext db, IClock clock, IFileStorage storage, TimelineRenderer timeline) : IRequestHandler<ExportQuery, Export>
    {
        public async Task<Export> Handle(ExportQuery request, CancellationToken ct)
        {
            // One person's data is small: loaded whole and shaped in memory.
            var c = await db.Set<Candidate>().AsNoTracking().AsSplitQuery().Include(x => x.Tags)
                .Include(x => x.Applications).ThenInclude(a => a.Opening)
                .Include(x => x.Applications).ThenInclude(a => a.Stage)
                .Include(x => x.Applications).ThenInclude(a => a.StageVisits).ThenInclude(v => v.Stage)
                .FirstOrDefaultAsync(x => x.Id == request.CandidateId, ct) ?? throw new NotFoundException();
            var entries = await db.Set<TimelineEntry>().AsNoTracking()
                .Where(t => t.SubjectType == TimelineSubjects.Candidate && t.SubjectId == c.Id).OrderBy(t => t.OccurredAtUtc).ThenBy(t => t.Id)
                .Select(t => new TimelineLine(t.OccurredAtUtc, t.Kind, t.Arguments, t.ActorName, t.Link)).ToListAsync(ct);
            var document = new
            {
                candidate = new { c.FirstName, c.LastName, c.Email, c.Phone, c.Skills, c.CreatedAtUtc, c.TalentPoolConsentAtUtc, c.KeepInformed,
                    Tags = c.Tags.Select(t => t.Name).Order().ToList() },
                applications = c.Applications.OrderBy(a => a.AppliedAtUtc).Select(a => new ApplicationRow(a.Opening.Title, a.AppliedAtUtc,
                    a.Source.ToString(), a.Stage.Name, a.OutcomeReason, a.EndedAtUtc, a.CoverLetter, a.CvFileName,
                    a.StageVisits.OrderBy(v => v.EnteredAtUtc).Select(v => new StageRow(v.Stage.Name, v.EnteredAtUtc, v.LeftAtUtc)).ToList())).ToList(),
                timeline = entries.Select(t => new TimelineRow(t.OccurredAtUtc, t.Kind, timeline.Render(t).Text, t.ActorName)).ToList(),
            };
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
            {
                await using (var json = zip.CreateEntry("candidate.json").Open())
                    await JsonSerializer.SerializeAsync(json, document, new JsonSerializerOptions { WriteIndented = true }, ct);
                foreach (var (application, i) in c.Applications.Where(a => a.CvFileKey is not null).Select((a, i) => (a, i + 1)))
                {
                    await using var stored = await storage.OpenReadAsync(application.CvFileKey!, ct);
                    if (stored is null) continue;
                    // The stored name is generated; the copy is named by its place in the list, with the stored extension.
                    await using var entry = zip.CreateEntry($"cv-{i}{Path.GetExtension(application.CvFileKey)}", CompressionLevel.NoCompression).Open();
                    await stored.CopyToAsync(entry, ct);
                }
            }
            return new Export(buffer.ToArray(), $"candidate-{c.Id}-{clock.Today:yyyy-MM-dd}.zip");
        }
    }

    public class EraseHandler(ErmDbContext db, IClock clock) : IRequestHandler<Erase, Unit>
    {
        public async Task<Unit> Handle(Erase request, CancellationToken ct)
        {
            var candidate = await db.Set<Candidate>().Include(c => c.Applications).Include(c => c.Tags)
                .FirstOrDefaultAsync(c => c.Id == request.CandidateId, ct) ?? throw new NotFoundException();
            if (candidate.Version != request.Version)
                throw new ConcurrencyConflictException("The candidate's record changed after you opened this page. Check it again before erasing.");
            candidate.Anonymise(clock.UtcNow);
            return Unit.Value;
        }
    }
}
