using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>HR changes a draft cycle; once open, its budgets and guideline are what managers decide by and stay as they are.</summary>
public static class EditCycle
{
    /// <summary>The form of a draft; none for a cycle already open, whose page is where HR goes instead.</summary>
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Command?>;

    [RequireRole(Roles.Hr)]
    public record Command : CompensationCycleForm, ICommand
    {
        [FromRoute(Name = "id")]
        public int Id { get; set; }
        public Guid Version { get; set; }
    }

    public class Validator(ErmDbContext db) : CompensationCycleFormValidator<Command>(db);

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Command?>
    {
        public async Task<Command?> Handle(Query request, CancellationToken ct)
        {
            var cycle = await db.Set<CompensationCycle>().Include(c => c.Budgets).Include(c => c.Guideline).FirstOrDefaultAsync(c => c.Id == request.Id, ct)
                        ?? throw new NotFoundException();
            if (cycle.Status != CompensationCycleStatus.Draft) return null;
            var command = new Command { Id = cycle.Id, Version = cycle.Version };
            command.Fill(cycle);
            await command.PrepareRowsAsync(db, ct);
            return command;
        }
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var cycle = await CycleStore.DraftAsync(db, request.Id, ct);
            if (cycle.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else changed this cycle after you opened the form. Check what it says now and make your change again.");
            db.Entry(cycle).Property(c => c.Version).OriginalValue = request.Version;
            request.ApplyTo(cycle);
            // Budgets and the guideline are rows of their own: a new version marks the cycle changed even when only they are.
            cycle.Version = Guid.NewGuid();
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else changed this cycle while you were saving. Open it again to see their changes.");
            }
            return Unit.Value;
        }
    }
}

public static class CycleStore
{
    /// <summary>A draft with its budgets and guideline; a cycle already opened is not a draft any more.</summary>
    public static async Task<CompensationCycle> DraftAsync(ErmDbContext db, int id, CancellationToken ct)
    {
        var cycle = await db.Set<CompensationCycle>().Include(c => c.Budgets).Include(c => c.Guideline).FirstOrDefaultAsync(c => c.Id == id, ct)
                    ?? throw new NotFoundException();
        if (cycle.Status != CompensationCycleStatus.Draft)
            throw new DomainRuleException("", "This cycle is open: its budgets and guideline no longer change.");
        return cycle;
    }
}
