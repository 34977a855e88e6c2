using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Bands;

/// <summary>
/// HR changes a band. A form opened before someone else saved is refused, showing what the band says now, rather than
/// silently replacing their change.
/// </summary>
public static class EditBand
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public record Command : BandForm, ICommand
    {
        /// <summary>From the address, so that the unique-level rule knows which band it is while the form is validated.</summary>
        [FromRoute(Name = "id")]
        public int Id { get; set; }
        /// <summary>The band's version when the form was opened; another in the database means someone saved in between.</summary>
        public Guid Version { get; set; }

        public static Command Of(PayBand band) { var command = new Command { Id = band.Id, Version = band.Version }; command.Fill(band); return command; }
    }

    public class Validator(ErmDbContext db) : BandFormValidator<Command>(db, c => c.Id);

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct) =>
            Command.Of(await db.Set<PayBand>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.Id, ct) ?? throw new NotFoundException());
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var band = await db.Set<PayBand>().FirstOrDefaultAsync(b => b.Id == request.Id, ct) ?? throw new NotFoundException();
            if (band.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else saved this band after you opened the form. Check what it says now; save again to replace it with yours.",
                    new Dictionary<string, string?>
                    {
                        [nameof(BandForm.Minimum)] = PayMath.Major(band.MinimumMinor).ToString(CultureInfo.CurrentCulture),
                        [nameof(BandForm.Midpoint)] = PayMath.Major(band.MidpointMinor).ToString(CultureInfo.CurrentCulture),
                        [nameof(BandForm.Maximum)] = PayMath.Major(band.MaximumMinor).ToString(CultureInfo.CurrentCulture),
                    },
                    band.Version);
            // EF also checks the version in the UPDATE, for a save that lands between this read and ours.
            db.Entry(band).Property(b => b.Version).OriginalValue = request.Version;
            request.ApplyTo(band);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else saved this band while you were saving. Open it again to see their changes.");
            }
            return Unit.Value;
        }
    }
}
