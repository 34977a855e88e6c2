using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Compensation;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;

namespace ErmPortal.Web.Compensation.Benefits;

/// <summary>HR adds a benefit to the catalogue; it is on offer at once.</summary>
public static class CreateBenefit
{
    [RequireRole(Roles.Hr)]
    public record Command : BenefitForm, ICommand<int>;

    public class Validator(ErmDbContext db) : BenefitFormValidator<Command>(db, _ => null);

    public class Handler(ErmDbContext db) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var benefit = new Benefit { Name = "", Currency = "" };
            request.ApplyTo(benefit);
            db.Add(benefit);
            await db.SaveChangesAsync(ct);
            return benefit.Id;
        }
    }
}
