using System.Globalization;
using System.Text.Json;
using ErmPortal.Data;
using ErmPortal.Data.Notifications;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Email;
using ErmPortal.Web.Infrastructure.Mediator;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Notifications;

/// <summary>
/// One person's digest for one day: claims the day, adds one notification that opens the digest, and queues one
/// email listing the items whose kinds the person receives by email. All in one transaction, so a digest is
/// either claimed and sent or neither.
/// </summary>
public static class SendReminderDigest
{
    /// <summary>The digest's own kind, so a person can turn the daily email off altogether.</summary>
    public const string Kind = "reminder-digest";

    public record Command(string UserId, DateOnly Day, IReadOnlyList<ReminderItem> Items) : ICommand<bool>;

    /// <summary>How an item is kept in the digest row, to be rendered again when the person opens it.</summary>
    public record StoredItem(string Kind, Dictionary<string, string> Arguments, string? Link);

    public class Handler(ErmDbContext db, NotificationKinds kinds, NotificationEmails emails, IEmailOutbox outbox, IClock clock)
        : MediatR.IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command request, CancellationToken ct)
        {
            // The transaction holds SQLite's write lock from its start, so this check and the insert below cannot
            // interleave with another instance's; the unique index is the last word on any other database.
            if (request.Items.Count == 0 || await db.Set<ReminderDigest>().AnyAsync(d => d.UserId == request.UserId && d.Day == request.Day, ct))
                return false;
            var person = await db.Users.Where(u => u.Id == request.UserId && u.DisabledAtUtc == null)
                .Select(u => new { u.Email, u.PreferredCulture }).FirstOrDefaultAsync(ct);
            if (person is null) return false;

            var digest = new ReminderDigest
            {
                UserId = request.UserId, Day = request.Day, CreatedAtUtc = clock.UtcNow,
                Items = JsonSerializer.Serialize(request.Items.Select(i => new StoredItem(i.Kind, i.Arguments, i.Link))),
            };
            db.Add(digest);
            await db.SaveChangesAsync(ct);
            db.Add(new Notification
            {
                RecipientUserId = request.UserId, Kind = Kind, CreatedAtUtc = clock.UtcNow,
                Arguments = new NotificationArguments
                {
                    ["count"] = request.Items.Count.ToString(CultureInfo.InvariantCulture),
                    ["day"] = request.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }.ToJson(),
                Link = NotificationsController.DigestPath(digest.Id),
            });

            var choices = await db.Set<NotificationPreference>().Where(p => p.UserId == request.UserId)
                .ToDictionaryAsync(p => p.Kind, p => p.Email, ct);
            bool Emailed(string kind) => choices.TryGetValue(kind, out var email) ? email : kinds.Find(kind)?.EmailByDefault ?? false;
            var emailed = request.Items.Where(i => Emailed(i.Kind)).ToList();
            if (Emailed(Kind) && emailed.Count > 0 && !string.IsNullOrEmpty(person.Email))
                outbox.Enqueue(emails.ForDigest(person.Email, person.PreferredCulture, request.Day, emailed));
            return true;
        }
    }
}
