namespace ErmPortal.Web.Infrastructure.Mediator;

/// <summary>
/// What a command does outside the database, tied to the outcome of its transaction. Files do not roll back: a file
/// deleted before the commit stays deleted when the transaction then fails, and the row that still names it points at
/// nothing. So a handler says what may only happen once its change is durable (delete the photo it replaced, discard
/// the upload it used) and how to undo what it had to do ahead of the commit (remove a new file no row will name).
/// The unit of work runs one list or the other, once, after the transaction ends; a command sent inside another
/// command's transaction adds to the outer lists.
/// </summary>
public class TransactionEffects(ILogger<TransactionEffects> logger)
{
    private readonly List<Func<CancellationToken, Task>> _beforeWriting = [];
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];
    private readonly List<Func<CancellationToken, Task>> _afterRollback = [];

    /// <summary>
    /// A check that runs inside the write transaction once the handler is done, before the unit of work saves, and may
    /// refuse by throwing. For a <see cref="IBulkCommand{TResult}"/>, prepared outside the transaction, it confirms that
    /// what the preparation read still holds now that nobody else can write.
    /// </summary>
    public void BeforeWriting(Func<CancellationToken, Task> check) => _beforeWriting.Add(check);

    public void AfterCommit(Func<CancellationToken, Task> effect) => _afterCommit.Add(effect);

    public void AfterRollback(Func<CancellationToken, Task> undo) => _afterRollback.Add(undo);

    internal async Task WritingAsync(CancellationToken cancellationToken)
    {
        var checks = _beforeWriting.ToList();
        _beforeWriting.Clear();
        foreach (var check in checks) await check(cancellationToken);
    }

    internal Task CommittedAsync() => RunAsync(_afterCommit, "after the commit");

    internal Task RolledBackAsync() => RunAsync(_afterRollback, "after a rollback");

    private async Task RunAsync(List<Func<CancellationToken, Task>> chosen, string when)
    {
        var effects = chosen.ToList();
        _beforeWriting.Clear();
        _afterCommit.Clear();
        _afterRollback.Clear();
        foreach (var effect in effects)
        {
            // The transaction has ended either way, and its outcome is what the person was told: a clean-up that fails
            // leaves a stray file for the logs, never a wrong record. Nor does a closed connection cancel it.
            try { await effect(CancellationToken.None); }
            catch (Exception e) { logger.LogError(e, "A file clean-up {When} failed", when); }
        }
    }
}
