using ErmPortal.Data;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Administration;

/// <summary>The administrator's home-page card: how many accounts there are and how many need a look.</summary>
public class AccountFiguresCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<Model>;

    public record Model(int Accounts, int Disabled, int LockedOut, int NeverSignedIn);

    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Administration/AccountFiguresCard.cshtml", await mediator.Send(new Query()));

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var now = clock.UtcNow;
            return new Model(
                await db.Users.CountAsync(cancellationToken),
                await db.Users.CountAsync(u => u.DisabledAtUtc != null, cancellationToken),
                // LockoutEnd is a DateTimeOffset, which SQLite cannot compare in SQL; the few locked rows are compared here.
                (await db.Users.Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd).ToListAsync(cancellationToken)).Count(end => end > now),
                await db.Users.CountAsync(u => u.LastSignInAtUtc == null && u.DisabledAtUtc == null, cancellationToken));
        }
    }
}
