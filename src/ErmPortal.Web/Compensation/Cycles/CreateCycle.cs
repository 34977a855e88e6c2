using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>HR drafts a compensation cycle; managers see nothing of it until it is opened.</summary>
public static class CreateCycle
{
    [RequireRole(Roles.Hr)]
    public record Command : CompensationCycleForm, ICommand<int>
    {
        /// <summary>The coming spring's cycle: raises on 1 April, proposals a month before, 3% of payroll for every department.</summary>
        public static async Task<Command> NewAsync(ErmDbContext db, DateOnly today, CancellationToken ct)
        {
            var april = new DateOnly(today.Month < 4 ? today.Year : today.Year + 1, 4, 1);
            var command = new Command
            {
                Name = $"Pay review {april.Year}", EffectiveOn = april, ProposalsDueOn = april.AddMonths(-1), HiredBefore = april.AddMonths(-6),
            };
            await command.PrepareRowsAsync(db, ct);
            foreach (var row in command.Budgets) row.Percent = 3;
            return command;
        }
    }

    /// <summary>The form of a new cycle.</summary>
    [RequireRole(Roles.Hr)]
    public record Blank : IRequest<Command>;

    public class BlankHandler(ErmDbContext db, IClock clock) : IRequestHandler<Blank, Command>
    {
        public Task<Command> Handle(Blank request, CancellationToken ct) => Command.NewAsync(db, clock.Today, ct);
    }

    public class Validator(ErmDbContext db) : CompensationCycleFormValidator<Command>(db);

    public class Handler(ErmDbContext db) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var cycle = new CompensationCycle { Name = "", Currency = "" };
            request.ApplyTo(cycle);
            db.Add(cycle);
            await db.SaveChangesAsync(ct);
            return cycle.Id;
        }
    }
}
