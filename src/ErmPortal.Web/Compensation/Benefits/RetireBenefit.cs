using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Benefits;

/// <summary>
/// HR stops offering a benefit, or offers it again. A retired benefit takes no new enrolments; the people in it stay
/// enrolled until HR ends their enrolments, and ended ones stay in everyone's history.
/// </summary>
public static class RetireBenefit
{
    [RequireRole(Roles.Hr)]
    public record Command(int Id, bool Offered) : ICommand;

    public class Handler(ErmDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var benefit = await db.Set<Benefit>().FirstOrDefaultAsync(b => b.Id == request.Id, ct) ?? throw new NotFoundException();
            benefit.IsOffered = request.Offered;
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
