using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Development;

/// <summary>The person says a recommended course is not for them: it is never recommended to them again.</summary>
public static class DismissRecommendation
{
    public record Command(int CourseId) : ICommand;

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var me = user.EmployeeId ?? throw new NotFoundException();
            if (!await db.Set<Course>().AnyAsync(c => c.Id == request.CourseId, ct)) throw new NotFoundException();
            // Dismissing twice (a second tab) keeps the first.
            if (!await db.Set<RecommendationDismissal>().AnyAsync(d => d.EmployeeId == me && d.CourseId == request.CourseId, ct))
                db.Add(new RecommendationDismissal { EmployeeId = me, CourseId = request.CourseId, DismissedAtUtc = clock.UtcNow });
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
