using ErmPortal.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Infrastructure.Mediator;

/// <summary>
/// One command, one transaction. The handler's changes are saved, then the domain events they raised are
/// published inside the same transaction, and whatever the subscribers write is saved too before the commit.
/// We publish inside rather than after the transaction on purpose: a change and the records other modules keep
/// about it (timeline entries, plans, outbox emails) commit together or not at all, and nobody outside the
/// transaction sees an event before its change is durable. Saving before publishing gives new rows their ids.
/// </summary>
/// <remarks>
/// Effects outside the database wait for the outcome (<see cref="TransactionEffects"/>): only a committed change deletes
/// the files it replaced, and only a failed one removes the files it had written ahead.
/// </remarks>
public class UnitOfWorkBehaviour<TRequest, TResponse>(ErmDbContext db, IMediator mediator, TransactionEffects effects)
    : IPipelineBehavior<TRequest, TResponse>
{
    // Subscribers may raise events of their own; a chain longer than this is a loop.
    private const int MaxEventRounds = 10;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || db.Database.CurrentTransaction is not null)
            return await next();

        TResponse response;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            response = await next();
            await db.SaveChangesAsync(cancellationToken);
            for (var round = 0; ; round++)
            {
                var events = db.EntitiesWithEvents().SelectMany(e => e.TakeDomainEvents()).ToList();
                if (events.Count == 0) break;
                if (round == MaxEventRounds) throw new InvalidOperationException("Domain events keep raising further events.");
                foreach (var domainEvent in events)
                    await mediator.Publish(domainEvent, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await effects.RolledBackAsync();
            throw;
        }
        await effects.CommittedAsync();
        return response;
    }
}
