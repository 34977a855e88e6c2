using ErmPortal.Data;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>
/// Either of the two writes the notes both read. Both may write at once, so notes saved on an older version of the
/// meeting are refused rather than silently replacing what the other wrote.
/// </summary>
public static class SaveSharedNotes
{
    public const string StaleMessage = "The other person saved the notes after you opened the page. Read what they wrote and add yours again.";

    public record Command(int MeetingId, Guid Version, string? Notes) : ICommand;

    public class Handler(ErmDbContext db, OneOnOneAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var meeting = await access.OpenAsync(request.MeetingId, ct);
            if (meeting.Version != request.Version) throw new ConcurrencyConflictException(StaleMessage);
            var notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
            if (notes?.Length > 8000) throw new DomainRuleException(nameof(Command.Notes), "Keep the notes to 8000 characters.");
            db.Entry(meeting).Property(m => m.Version).OriginalValue = request.Version;
            meeting.SharedNotes = notes;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(StaleMessage); }
            return Unit.Value;
        }
    }
}
