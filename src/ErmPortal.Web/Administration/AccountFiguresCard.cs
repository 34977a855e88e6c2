using ErmPortal.Data;
using ErmPortal.Data.Accounts;
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
        /// <summary>
        /// The counts the database keeps in one row (<see cref="AccountFigures"/>). Being locked out depends on the time,
        /// which no stored count can follow: the accounts ever locked are read through their own index instead.
        /// </summary>
        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var now = clock.UtcNow;
            var figures = await db.Set<AccountFigures>().Where(f => f.Id == AccountFigures.SingleRow)
                .Select(f => new { f.Accounts, f.Disabled, f.NeverSignedIn }).FirstOrDefaultAsync(cancellationToken);
            // LockoutEnd is a DateTimeOffset, which SQLite cannot compare in SQL; the few locked rows are compared here.
            var lockedOut = (await db.Users.Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd).ToListAsync(cancellationToken))
                .Count(end => end > now);
            return new Model(figures?.Accounts ?? 0, figures?.Disabled ?? 0, lockedOut, figures?.NeverSignedIn ?? 0);
        }
    }
}
