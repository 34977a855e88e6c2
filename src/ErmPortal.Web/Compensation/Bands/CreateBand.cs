using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Compensation.Bands;

/// <summary>HR adds the range of a level in a currency.</summary>
public static class CreateBand
{
    [RequireRole(Roles.Hr)]
    public record Command : BandForm, ICommand<int>;

    public class Validator(ErmDbContext db) : BandFormValidator<Command>(db, _ => null);

    public class Handler(ErmDbContext db) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var band = new PayBand { Currency = "" };
            request.ApplyTo(band);
            db.Add(band);
            await db.SaveChangesAsync(ct);
            return band.Id;
        }
    }
}
