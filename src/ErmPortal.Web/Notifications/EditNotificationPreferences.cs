using ErmPortal.Data;
using ErmPortal.Data.Notifications;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Notifications;

/// <summary>Which kinds of notification the signed-in person also receives by email. Every kind always shows in the portal.</summary>
public static class EditNotificationPreferences
{
    public record Query : IRequest<Model>;

    public record Choice(string Kind, string Label, string Icon, bool Email);

    public record Model(IReadOnlyList<Choice> Choices);

    public record Command : ICommand
    {
        /// <summary>The kinds ticked for email; every kind not named here is turned off.</summary>
        public List<string> Email { get; set; } = [];
    }

    public class QueryHandler(ErmDbContext db, ICurrentUser user, NotificationKinds kinds) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var me = user.UserId ?? throw new NotFoundException();
            var saved = await db.Set<NotificationPreference>().Where(p => p.UserId == me).ToDictionaryAsync(p => p.Kind, p => p.Email, ct);
            return new Model(kinds.All.Select(k => new Choice(k.Name, kinds.LabelOf(k), k.Icon, saved.GetValueOrDefault(k.Name, k.EmailByDefault)))
                .OrderBy(c => c.Label, StringComparer.CurrentCulture).ToList());
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, NotificationKinds kinds) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var me = user.UserId ?? throw new NotFoundException();
            var saved = await db.Set<NotificationPreference>().Where(p => p.UserId == me).ToDictionaryAsync(p => p.Kind, ct);
            // Every kind is stored as chosen, so a later change of a kind's default does not overrule the person.
            foreach (var kind in kinds.All)
            {
                var email = request.Email.Contains(kind.Name, StringComparer.Ordinal);
                if (saved.TryGetValue(kind.Name, out var preference)) preference.Email = email;
                else db.Add(new NotificationPreference { UserId = me, Kind = kind.Name, Email = email });
            }
            return Unit.Value;
        }
    }
}
