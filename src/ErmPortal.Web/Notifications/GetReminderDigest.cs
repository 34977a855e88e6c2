using System.Text.Json;
using ErmPortal.Data;
using ErmPortal.Data.Notifications;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Notifications;

/// <summary>One day's reminders of the signed-in person, as the digest listed them; someone else's is not found.</summary>
public static class GetReminderDigest
{
    public record Query(int Id) : IRequest<Model>;

    public record Line(string Text, string Icon, string? Link);

    public record Model(DateOnly Day, IReadOnlyList<Line> Lines);

    public class Handler(ErmDbContext db, ICurrentUser user, NotificationKinds kinds)
        : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var me = user.UserId ?? throw new NotFoundException();
            var digest = await db.Set<ReminderDigest>().Where(d => d.Id == request.Id && d.UserId == me)
                .Select(d => new { d.Day, d.Items }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var items = JsonSerializer.Deserialize<List<SendReminderDigest.StoredItem>>(digest.Items) ?? [];
            return new Model(digest.Day, items.Select(i => new Line(
                kinds.Render(i.Kind, NotificationArguments.Of(i.Arguments)), kinds.IconOf(i.Kind), LocalPaths.IsLocal(i.Link) ? i.Link : null)).ToList());
        }
    }
}
