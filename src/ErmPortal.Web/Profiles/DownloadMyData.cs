using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ErmPortal.Data;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>Everything the portal holds about me, as one JSON document or as a zip of CSV files, one per section.</summary>
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
    public record RequestRow(DateTime RequestedAtUtc, string Status, string Field, string? OldValue, string? NewValue, string? DecisionReason);

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Export>
    {
        public async Task<Export> Handle(Query request, CancellationToken ct)
        {
            var id = user.EmployeeId ?? throw new NotFoundException();
            var sections = await CollectAsync(id, ct);
            var stamp = clock.Today.ToString("yyyy-MM-dd");
            return request.As == Format.Json
                ? new Export(JsonSerializer.SerializeToUtf8Bytes(sections.Items.ToDictionary(s => s.Key, s => s.Value.Rows),
                        new JsonSerializerOptions { WriteIndented = true }),
                    "application/json", $"my-data-{stamp}.json")
                : new Export(Zip(sections), "application/zip", $"my-data-{stamp}.zip");
        }

        private async Task<Sections> CollectAsync(int id, CancellationToken ct)
        {
            var profile = await db.Employees.Where(e => e.Id == id).Select(e => new ProfileRow(e.LegalFirstName, e.LegalLastName,
                e.PreferredName, e.Pronouns, e.WorkEmail, e.Phone, e.PersonalEmail, e.PersonalPhone, e.HomeAddress, e.DateOfBirth,
                e.NationalId, e.BankAccount, e.HireDate, e.EmploymentType.ToString(), e.Status.ToString(), e.Department.Name,
                e.Position.Title, e.Location.Name, e.Manager == null ? null : e.Manager.LegalFirstName + " " + e.Manager.LegalLastName,
                e.CareerAspirations, e.LastDay)).ToListAsync(ct);
            var account = await db.Users.Where(u => u.Id == user.UserId).Select(u => new AccountRow(u.Email, u.CreatedAtUtc, u.LastSignInAtUtc,
                string.Join(", ", db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name))))
                .ToListAsync(ct);
            var contacts = await db.EmergencyContacts.Where(c => c.EmployeeId == id)
                .Select(c => new ContactRow(c.Name, c.Relationship, c.Phone)).ToListAsync(ct);
            var tags = await db.EmployeeTags.Where(t => t.EmployeeId == id).OrderBy(t => t.Kind).ThenBy(t => t.Name)
                .Select(t => new TagRow(t.Kind.ToString(), t.Name)).ToListAsync(ct);
            var jobs = await db.JobChanges.Where(j => j.EmployeeId == id).OrderBy(j => j.EffectiveDate)
                .Select(j => new JobRow(j.EffectiveDate, j.Kind.ToString(), j.Department.Name, j.Position.Title, j.Location.Name, j.AppliedOn, j.Note))
                .ToListAsync(ct);
            var timeline = await db.TimelineEntries.Where(t => t.EmployeeId == id && t.Visibility == TimelineVisibility.Employee)
                .OrderBy(t => t.OccurredAtUtc).Select(t => new TimelineRow(t.OccurredAtUtc, t.Kind, t.Summary, t.ActorName)).ToListAsync(ct);
            var requests = await db.ChangeRequests.Where(r => r.EmployeeId == id).SelectMany(r => r.Items.Select(i =>
                new RequestRow(r.RequestedAtUtc, r.Status.ToString(), i.Field.ToString(), i.OldValue, i.NewValue, r.DecisionReason)))
                .ToListAsync(ct);

            return new Sections(new Dictionary<string, Section>
            {
                ["profile"] = Section.Of(profile), ["account"] = Section.Of(account), ["emergency-contacts"] = Section.Of(contacts),
                ["skills-and-interests"] = Section.Of(tags), ["job-history"] = Section.Of(jobs), ["timeline"] = Section.Of(timeline),
                ["change-requests"] = Section.Of(requests),
            });
        }

        private static byte[] Zip(Sections sections)
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
            {
                foreach (var (name, section) in sections.Items)
                {
                    using var writer = new StreamWriter(zip.CreateEntry($"{name}.csv").Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                    CsvText.Write(writer, section.Rows, section.RowType);
                }
            }
            return buffer.ToArray();
        }
    }
}
