using ErmPortal.Data;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>"Your interviews" on an interviewer's home page: the next ones still to judge and the scorecards they owe; nothing for anyone else.</summary>
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
            // One command on everyone's home page: what the interviewer still has to do, interviews to come and scorecards
            // owed. An interview called off or judged drops out, so this stays as short as the work left.
            var open = await MyInterviewLines.Of(db, me).Where(i => !i.Cancelled && !i.Submitted).OrderBy(i => i.StartsAtUtc).ToListAsync(ct);
            return new Model(open.Where(i => i.StartsAtUtc > now).Take(Shown).ToList(), open.Count(i => i.ScorecardDue(now)));
        }
    }
}
