using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Accounts;

/// <summary>Where the person is signed in, newest activity first, so they can spot a device that is not theirs.</summary>
public static class ListMySessions
{
    public record Query : IRequest<IReadOnlyList<Row>>;

    public record Row(int Id, string? Browser, string? OperatingSystem, string? IpAddress, DateTime CreatedAtUtc, DateTime LastSeenAtUtc, bool ThisDevice);

    public class Handler(ErmDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query request, CancellationToken cancellationToken)
        {
            var userId = user.UserId ?? throw new NotFoundException();
            var current = UserSessions.Current(user);
            var now = time.GetUtcNow().UtcDateTime;
            return await db.Set<UserSession>()
                .Where(s => s.UserId == userId && (s.ExpiresAtUtc == null || s.ExpiresAtUtc > now))
                .OrderByDescending(s => s.Id == current).ThenByDescending(s => s.LastSeenAtUtc)
                .Select(s => new Row(s.Id, s.Browser, s.OperatingSystem, s.IpAddress, s.CreatedAtUtc, s.LastSeenAtUtc, s.Id == current))
                .ToListAsync(cancellationToken);
        }
    }
}
