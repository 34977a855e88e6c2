using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Benefits;

/// <summary>
/// HR changes a benefit. A form opened before someone else saved is refused, showing what the benefit says now, rather
/// than silently replacing their change.
/// </summary>
public static class EditBenefit
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public record Command : BenefitForm, ICommand
    {
        /// <summary>From the address, so that the unique-name rule knows which benefit it is while the form is validated.</summary>
        [FromRoute(Name = "id")]
        public int Id { get; set; }
        /// <summary>The benefit's version when the form was opened; another in the database means someone saved in between.</summary>
        public Guid Version { get; set; }

        public static Command Of(Benefit benefit) { var command = new Command { Id = benefit.Id, Version = benefit.Version }; command.Fill(benefit); return command; }
    }

    public class Validator(ErmDbContext db) : BenefitFormValidator<Command>(db, c => c.Id);

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct) =>
            Command.Of(await db.Set<Benefit>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.Id, ct) ?? throw new NotFoundException());
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var benefit = await db.Set<Benefit>().FirstOrDefaultAsync(b => b.Id == request.Id, ct) ?? throw new NotFoundException();
            if (benefit.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else saved this benefit after you opened the form. Check what it says now; save again to replace it with yours.",
                    new Dictionary<string, string?> { [nameof(BenefitForm.Name)] = benefit.Name }, benefit.Version);
            // EF also checks the version in the UPDATE, for a save that lands between this read and ours.
            db.Entry(benefit).Property(b => b.Version).OriginalValue = request.Version;
            request.ApplyTo(benefit);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else saved this benefit while you were saving. Open it again to see their changes.");
            }
            return Unit.Value;
        }
    }
}
