using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Reviews.Cycles;

/// <summary>HR drafts a review cycle; nobody else sees it until it is launched.</summary>
public static class CreateCycle
{
    [RequireRole(Roles.Hr)]
    public record Command : CycleForm, ICommand<int>
    {
        /// <summary>A new cycle's form, with the default scale and competencies for the coming year.</summary>
        public static Command New(DateOnly today)
        {
            var command = new Command();
            command.FillDefaults(today);
            return command;
        }
    }

    public class Validator(ErmDbContext db) : CycleFormValidator<Command>(db);

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var cycle = new ReviewCycle { Name = "", CreatedAtUtc = clock.UtcNow };
            request.ApplyTo(cycle, await request.PeopleIdsAsync(db, ct));
            db.Add(cycle);
            await db.SaveChangesAsync(ct);
            return cycle.Id;
        }
    }
}
