using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>Either of the two adds a point to talk about; the other is told, so they can prepare.</summary>
public static class AddAgendaItem
{
    public record Command(int MeetingId, string? Text) : ICommand;

    public class Handler(ErmDbContext db, OneOnOneAccess access, IClock clock, INotifier notifier, ICurrentUser user) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var meeting = await access.OpenAsync(request.MeetingId, ct);
            var text = request.Text?.Trim() ?? "";
            // Checked after access, so someone outside the meeting is told it does not exist, whatever they posted.
            if (text.Length is 0 or > 500) throw new DomainRuleException(nameof(Command.Text), "Write the agenda item in at most 500 characters.");
            db.Add(new OneOnOneAgendaItem { MeetingId = meeting.Id, Text = text, AddedById = access.Me, AddedAtUtc = clock.UtcNow });
            var other = meeting.OtherThan(access.Me);
            if (await db.Employees.Where(e => e.Id == other).Select(e => e.UserId).SingleAsync(ct) is { } recipient)
                await notifier.NotifyAsync([recipient], OneOnOneNotifications.AgendaItemAdded,
                    new NotificationArguments { ["by"] = user.ActorName(), ["text"] = OneOnOneNotifications.Short(text) },
                    $"/reviews/one-on-ones/{meeting.Id.ToString(CultureInfo.InvariantCulture)}", ct);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
