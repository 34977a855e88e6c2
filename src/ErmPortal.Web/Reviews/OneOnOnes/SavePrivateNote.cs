using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>
/// One of the two keeps a note for themselves about the meeting; an empty note removes it. It is theirs alone: no
/// notification, no audit entry, no page shows it to the other person or to HR.
/// </summary>
public static class SavePrivateNote
{
    public record Command(int MeetingId, string? Text) : ICommand;

    public class Handler(ErmDbContext db, OneOnOneAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var meeting = await access.OpenAsync(request.MeetingId, ct);
            var me = access.Me;
            var text = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text.Trim();
            if (text?.Length > 4000) throw new DomainRuleException(nameof(Command.Text), "Keep the private note to 4000 characters.");
            var note = await db.Set<OneOnOnePrivateNote>().FirstOrDefaultAsync(n => n.MeetingId == meeting.Id && n.AuthorId == me, ct);
            if (text is null) { if (note is not null) db.Remove(note); }
            else if (note is null) db.Add(new OneOnOnePrivateNote { MeetingId = meeting.Id, AuthorId = me, Text = text, UpdatedAtUtc = clock.UtcNow });
            else (note.Text, note.UpdatedAtUtc) = (text, clock.UtcNow);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
