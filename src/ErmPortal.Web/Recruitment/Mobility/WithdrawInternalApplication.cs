using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Mobility;

/// <summary>An employee takes back their application to an opening while it is still open; the hiring team sees it as withdrawn.</summary>
public static class WithdrawInternalApplication
{
    public record Command(int OpeningId) : ICommand;

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            // Scoped to the viewer's own candidate record: anyone else's application, like none at all, is "not found".
            var me = user.EmployeeId ?? throw new NotFoundException();
            var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.StageVisits)
                .FirstOrDefaultAsync(a => a.OpeningId == request.OpeningId && a.Candidate.EmployeeId == me, ct) ?? throw new NotFoundException();
            var withdrawn = await db.Set<OpeningStage>().FirstAsync(s => s.OpeningId == request.OpeningId && s.Kind == StageKind.Withdrawn, ct);
            application.Withdraw(withdrawn, null, clock.UtcNow);
            return Unit.Value;
        }
    }
}
