using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>Either of the two records something one of them agreed to do, by a day; it stays on their later meetings until done.</summary>
public static class AddActionItem
{
    public record Command(int MeetingId, string? Text, int? OwnerId, DateOnly? DueOn) : ICommand;

    public class Handler(ErmDbContext db, OneOnOneAccess access) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var meeting = await access.OpenAsync(request.MeetingId, ct);
            var text = request.Text?.Trim() ?? "";
            if (text.Length is 0 or > 500) throw new DomainRuleException(nameof(Command.Text), "Write the action item in at most 500 characters.");
            if (request.OwnerId is not { } owner || !meeting.IsBetween(owner))
                throw new DomainRuleException(nameof(Command.OwnerId), "The owner is one of the two people of the 1:1.");
            if (request.DueOn is not { } due) throw new DomainRuleException(nameof(Command.DueOn), "Give the day it is due.");
            db.Add(new OneOnOneActionItem { MeetingId = meeting.Id, Text = text, OwnerId = owner, DueOn = due });
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
