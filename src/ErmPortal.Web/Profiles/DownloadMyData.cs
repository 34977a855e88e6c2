using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ErmPortal.Data;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// Everything the portal holds about me, as one JSON document or as a zip of CSV files, one per section. The photo is
/// part of it: in the zip as the image file itself; in the JSON as base64 text, so that the one document is still
/// everything (a note pointing elsewhere would make the JSON download incomplete on its own).
/// </summary>
public static class DownloadMyData
{
    public enum Format { Json, CsvZip }

    public record Query(Format As) : IRequest<Export>;

    public record Export(byte[] Content, string ContentType, string FileName);

    /// <summary>Each section is a list of flat records, so the same data serves JSON and CSV.</summary>
    public record Sections(IReadOnlyDictionary<string, Section> Items);

    /// <summary>The row type is kept so an empty section still gets its CSV header.</summary>
    public record Section(Type RowType, IReadOnlyList<object> Rows)
    {
        public static Section Of<T>(List<T> rows) where T : notnull => new(typeof(T), rows.Cast<object>().ToList());
    }

    public record ProfileRow(string LegalFirstName, string LegalLastName, string? PreferredName, string? Pronouns, string WorkEmail,
        string? WorkPhone, string? PersonalEmail, string? PersonalPhone, string? HomeAddress, DateOnly? DateOfBirth, string? NationalId,
        string? BankAccount, DateOnly HireDate, string EmploymentType, string Status, string Department, string Position, string Location,
        string? Manager, string? CareerAspirations, DateOnly? LastDay);
    public record AccountRow(string? Email, DateTime CreatedAtUtc, DateTime? LastSignInAtUtc, string Roles);
    public record ContactRow(string Name, string Relationship, string Phone);
    public record TagRow(string Kind, string Name);
    public record JobRow(DateOnly EffectiveDate, string Kind, string Department, string Position, string Location, DateOnly? AppliedOn, string? Note);
    public record TimelineRow(DateTime OccurredAtUtc, string Kind, string Summary, string? By);
    public record PhotoRow(string FileName, string ContentType, string ContentBase64);
    public record RequestRow(DateTime RequestedAtUtc, string Status, string Field, string? OldValue, string? NewValue, string? DecisionReason);

    /// <summary>The stored photo: its name in the download, and its bytes.</summary>
    private record Photo(string FileName, byte[] Content);

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock, TimelineRenderer timelineRenderer, IFileStorage storage)
        : IRequestHandler<Query, Export>
    {
        public async Task<Export> Handle(Query request, CancellationToken ct)
        {
            var id = user.EmployeeId ?? throw new NotFoundException();
            var sections = await CollectAsync(id, ct);
            var photo = await PhotoAsync(id, ct);
            var stamp = clock.Today.ToString("yyyy-MM-dd");
            return request.As == Format.Json
                ? new Export(Json(sections, photo), "application/json", $"my-data-{stamp}.json")
                : new Export(Zip(sections, photo), "application/zip", $"my-data-{stamp}.zip");
        }

        private async Task<Photo?> PhotoAsync(int id, CancellationToken ct)
        {
            var key = await db.Employees.Where(e => e.Id == id).Select(e => e.PhotoKey).FirstAsync(ct);
            if (key is null) return null;
            await using var stream = await storage.OpenReadAsync(key, ct);
            if (stream is null) return null;
            using var content = new MemoryStream();
            await stream.CopyToAsync(content, ct);
            return new Photo("photo" + Path.GetExtension(key), content.ToArray());
        }

        private static byte[] Json(Sections sections, Photo? photo)
        {
            var document = sections.Items.ToDictionary(s => s.Key, s => s.Value.Rows);
            if (photo is not null)
                document["photo"] = [new PhotoRow(photo.FileName, ImageFormats.ContentTypeOf(photo.FileName), Convert.ToBase64String(photo.Content))];
            return JsonSerializer.SerializeToUtf8Bytes(document, new JsonSerializerOptions { WriteIndented = true });
        }

        /// <summary>One person's data is small: it is loaded whole and shaped in memory.</summary>
        private async Task<Sections> CollectAsync(int id, CancellationToken ct)
        {
            var e = await db.Employees.AsNoTracking().AsSplitQuery()
                .Include(x => x.Department).Include(x => x.Position).Include(x => x.Location).Include(x => x.Manager)
                .Include(x => x.EmergencyContacts).Include(x => x.Tags)
                .Include(x => x.JobHistory).ThenInclude(j => j.Department)
                .Include(x => x.JobHistory).ThenInclude(j => j.Position)
                .Include(x => x.JobHistory).ThenInclude(j => j.Location)
                .FirstAsync(x => x.Id == id, ct);
            var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == user.UserId, ct);
            var roles = await db.UserRoles.Where(r => r.UserId == user.UserId).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name)
                .ToListAsync(ct);
            // What was written for the person, told in the language they download it in.
            var timeline = await db.Set<TimelineEntry>().AsNoTracking()
                .Where(t => t.SubjectType == TimelineSubjects.Employee && t.SubjectId == id && (t.Audience & TimelineAudience.Subject) != TimelineAudience.None)
                .OrderBy(t => t.OccurredAtUtc).ThenBy(t => t.Id)
                .Select(t => new TimelineLine(t.OccurredAtUtc, t.Kind, t.Arguments, t.ActorName, t.Link)).ToListAsync(ct);
            var requests = await db.ChangeRequests.AsNoTracking().Include(r => r.Items).Where(r => r.EmployeeId == id)
                .OrderBy(r => r.RequestedAtUtc).ToListAsync(ct);

            var profile = new ProfileRow(e.LegalFirstName, e.LegalLastName, e.PreferredName, e.Pronouns, e.WorkEmail, e.Phone,
                e.PersonalEmail, e.PersonalPhone, e.HomeAddress, e.DateOfBirth, e.NationalId, e.BankAccount, e.HireDate,
                e.EmploymentType.ToString(), e.Status.ToString(), e.Department.Name, e.Position.Title, e.Location.Name,
                e.Manager?.DisplayName, e.CareerAspirations, e.LastDay);
            return new Sections(new Dictionary<string, Section>
            {
                ["profile"] = Section.Of([profile]),
                ["account"] = Section.Of(account is null ? [] : new List<AccountRow>
                    { new(account.Email, account.CreatedAtUtc, account.LastSignInAtUtc, string.Join(", ", roles)) }),
                ["emergency-contacts"] = Section.Of(e.EmergencyContacts.Select(c => new ContactRow(c.Name, c.Relationship, c.Phone)).ToList()),
                ["skills-and-interests"] = Section.Of(e.Tags.OrderBy(t => t.Kind).ThenBy(t => t.Name).Select(t => new TagRow(t.Kind.ToString(), t.Name)).ToList()),
                ["job-history"] = Section.Of(e.JobHistory.OrderBy(j => j.EffectiveDate).Select(j => new JobRow(j.EffectiveDate, j.Kind.ToString(),
                    j.Department.Name, j.Position.Title, j.Location.Name, j.AppliedOn, j.Note)).ToList()),
                ["timeline"] = Section.Of(timeline.Select(t => new TimelineRow(t.OccurredAtUtc, t.Kind, timelineRenderer.Render(t).Text, t.ActorName)).ToList()),
                ["change-requests"] = Section.Of(requests.SelectMany(r => r.Items.Select(i => new RequestRow(r.RequestedAtUtc, r.Status.ToString(),
                    i.Field.ToString(), i.OldValue, i.NewValue, r.DecisionReason))).ToList()),
            });
        }

        private static byte[] Zip(Sections sections, Photo? photo)
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
            {
                foreach (var (name, section) in sections.Items)
                {
                    using var writer = new StreamWriter(zip.CreateEntry($"{name}.csv").Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                    CsvText.Write(writer, section.Rows, section.RowType);
                }
                if (photo is not null)
                {
                    // Already compressed by its own format.
                    using var image = zip.CreateEntry(photo.FileName, CompressionLevel.NoCompression).Open();
                    image.Write(photo.Content);
                }
            }
            return buffer.ToArray();
        }
    }
}
