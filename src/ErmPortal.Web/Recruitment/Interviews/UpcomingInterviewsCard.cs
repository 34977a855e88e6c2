using ErmPortal.Data;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>"Your interviews" on an interviewer's home page: the next ones and the scorecards they still owe; nothing for anyone else.</summary>
public class UpcomingInterviewsCard(IMediator mediator) : ViewComponent
{
    public const int Shown = 5;

    public record Query : IRequest<Model>;

    public record Model(IReadOnlyList<MyInterviewLine> Next, int ScorecardsDue);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var model = await mediator.Send(new Query());
        return model.Next.Count > 0 || model.ScorecardsDue > 0
            ? View("~/Recruitment/Interviews/UpcomingInterviewsCard.cshtml", model)
            : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return new Model([], 0);
            var now = clock.UtcNow;
            var mine = MyInterviewLines.Of(db, me);
            var next = await mine.Where(i => i.StartsAtUtc > now && !i.Cancelled).OrderBy(i => i.StartsAtUtc).Take(Shown).ToListAsync(ct);
            var due = await mine.CountAsync(i => i.StartsAtUtc <= now && !i.Cancelled && !i.Submitted, ct);
            return new Model(next, due);
        }
    }
}
