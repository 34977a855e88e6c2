using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Bands;

/// <summary>
/// HR chooses what employees see of their band on their own pay page. The organisation has one policy row; the first
/// save writes it when it is missing (until then pages use the default).
/// </summary>
public static class EditPaySettings
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public record Command : ICommand
    {
        [Display(Name = "What employees see of their band")]
        public BandDisplay BandDisplay { get; set; } = new PayPolicy().BandDisplay;
        /// <summary>The policy's version when the form was opened; empty while there is no policy row yet.</summary>
        public Guid Version { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.BandDisplay).IsInEnum();
    }

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct) =>
            await db.Set<PayPolicy>().OrderBy(p => p.Id).Select(p => new Command { BandDisplay = p.BandDisplay, Version = p.Version }).FirstOrDefaultAsync(ct)
            ?? new Command();
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var policy = await db.Set<PayPolicy>().OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
            if (policy is null) db.Add(new PayPolicy { BandDisplay = request.BandDisplay });
            else
            {
                // A form opened before the first row was written carries no version: it is as stale as any other.
                if (policy.Version != request.Version) throw Conflict(policy);
                db.Entry(policy).Property(p => p.Version).OriginalValue = request.Version;
                policy.BandDisplay = request.BandDisplay;
            }
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else saved the pay settings while you were saving. Open them again to see their choice.");
            }
            return Unit.Value;
        }

        private static ConcurrencyConflictException Conflict(PayPolicy now) =>
            new("Someone else saved the pay settings after you opened them. Check the choice now; save again to replace it with yours.",
                new Dictionary<string, string?> { [nameof(Command.BandDisplay)] = BandLabels.Of(now.BandDisplay) }, now.Version);
    }
}
