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
/// the files it replaced, and only a failed one removes the files it had written ahead. A bulk command
/// (<see cref="IBulkCommand{TResult}"/>) is prepared whole, its events included, before its transaction begins.
/// </remarks>
public class UnitOfWorkBehaviour<TRequest, TResponse>(ErmDbContext db, IMediator mediator, TransactionEffects effects, PreparedInserts inserts)
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
            response = request is IBulkCommand<TResponse>
                ? await PrepareThenWriteAsync(next, cancellationToken)
                : await WriteAsync(next, cancellationToken);
        }
        catch
        {
            await effects.RolledBackAsync();
            throw;
        }
        await effects.CommittedAsync();
        return response;
    }

    private async Task<TResponse> WriteAsync(RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await effects.WritingAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await PublishEventsAsync(saveEachRound: true, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }

    /// <summary>
    /// Nothing is written until everything is ready: the handler adds its rows with their keys, the subscribers add
    /// theirs, and only then does the transaction begin, check what may have changed meanwhile and save it all.
    /// </summary>
    private async Task<TResponse> PrepareThenWriteAsync(RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        // Tens of thousands of rows are added: changes are detected once, when they are prepared, rather than on every call.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var response = await next();
            await PublishEventsAsync(saveEachRound: false, cancellationToken);
            await inserts.PrepareAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await effects.WritingAsync(cancellationToken);
            await inserts.WriteAsync(cancellationToken);
            // Whatever the preparation changed rather than added is saved as usual.
            if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        finally
        {
            // The prepared rows are written or abandoned: none may wait in the tracker for a later save in this scope.
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private async Task PublishEventsAsync(bool saveEachRound, CancellationToken cancellationToken)
    {
        for (var round = 0; ; round++)
        {
            var events = db.EntitiesWithEvents().SelectMany(e => e.TakeDomainEvents()).ToList();
            if (events.Count == 0) return;
            if (round == MaxEventRounds) throw new InvalidOperationException("Domain events keep raising further events.");
            foreach (var domainEvent in events)
                await mediator.Publish(domainEvent, cancellationToken);
            if (saveEachRound) await db.SaveChangesAsync(cancellationToken);
        }
    }
}
