using ErmPortal.Data;
using ErmPortal.Data.Notifications;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Notifications;

/// <summary>The signed-in person's notifications, newest first, each said in the language they read the page in.</summary>
public static class ListMyNotifications
{
    public record Query : IRequest<Model>
    {
        public int Page { get; init; } = 1;
    }

    public record Row(int Id, string Text, string Icon, bool Unread, bool HasLink, DateTime CreatedAtUtc);

    public record Model(Page<Row> Notifications, int UnreadCount);

    private record Stored(int Id, string Kind, string Arguments, string? Link, DateTime CreatedAtUtc, DateTime? ReadAtUtc);

    public class Handler(ErmDbContext db, ICurrentUser user, NotificationKinds kinds)
        : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var me = user.UserId ?? throw new NotFoundException();
            var mine = db.Set<Notification>().Where(n => n.RecipientUserId == me);
            var page = await mine.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
                .Select(n => new Stored(n.Id, n.Kind, n.Arguments, n.Link, n.CreatedAtUtc, n.ReadAtUtc))
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
            var unread = await mine.CountAsync(n => n.ReadAtUtc == null, ct);
            var rows = page.Items.Select(n => new Row(n.Id, kinds.Render(n.Kind, NotificationArguments.FromJson(n.Arguments)),
                kinds.IconOf(n.Kind), n.ReadAtUtc is null, n.Link is not null, n.CreatedAtUtc)).ToList();
            return new Model(new Page<Row>(rows, page.PageNumber, page.PageSize, page.TotalCount), unread);
        }
    }
}
