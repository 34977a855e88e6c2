using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>
/// HR edits a draft cycle. Once launched its reviews follow what it said, so it is no longer edited. A form opened before
/// someone else saved is refused, showing what the cycle says now, rather than silently replacing their changes.
/// </summary>
public static class EditCycle
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public record Command : CycleForm, ICommand
    {
        [BindNever]
        public int Id { get; set; }
        /// <summary>The cycle's version when the form was opened; another in the database means someone saved in between.</summary>
        public Guid Version { get; set; }

        public static Command Of(ReviewCycle cycle, IEnumerable<string> emails)
        {
            var command = new Command { Id = cycle.Id, Version = cycle.Version };
            command.Fill(cycle, emails);
            return command;
        }
    }

    public class Validator(ErmDbContext db) : CycleFormValidator<Command>(db);

    private static IQueryable<ReviewCycle> Drafts(ErmDbContext db) => db.Set<ReviewCycle>()
        .Include(c => c.RatingLevels).Include(c => c.Competencies).Include(c => c.Deadlines).Include(c => c.ScopeEntries)
        .AsSplitQuery()
        .Where(c => c.Phase == ReviewPhase.Draft);

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            var cycle = await Drafts(db).AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.Id, ct) ?? throw new NotFoundException();
            var people = cycle.ScopeEntries.Where(e => e.EmployeeId != null).Select(e => e.EmployeeId!.Value).ToList();
            var emails = await db.Employees.Where(e => people.Contains(e.Id)).OrderBy(e => e.WorkEmail).Select(e => e.WorkEmail).ToListAsync(ct);
            return Command.Of(cycle, emails);
        }
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var cycle = await Drafts(db).FirstOrDefaultAsync(c => c.Id == request.Id, ct) ?? throw new NotFoundException();
            if (cycle.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else saved this cycle after you opened the form. Check what it says now; save again to replace it with yours.",
                    new Dictionary<string, string?> { [nameof(CycleForm.Name)] = cycle.Name }, cycle.Version);
            // EF also checks the version in the UPDATE, for a save that lands between this read and ours. The levels, deadlines
            // and competencies are rows of their own, so the cycle's version is moved by hand: a save of only those is a change too.
            db.Entry(cycle).Property(c => c.Version).OriginalValue = request.Version;
            cycle.Version = Guid.NewGuid();
            request.ApplyTo(cycle, await request.PeopleIdsAsync(db, ct));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else saved this cycle while you were saving. Open it again to see their changes.");
            }
            return Unit.Value;
        }
    }
}
