using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>"Next 1:1" on the home page: the viewer's next three meetings, as manager or report, with how full their agenda is. One command.</summary>
public class NextOneOnOneCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<IReadOnlyList<ListOneOnOnes.Meeting>>;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var next = await mediator.Send(new Query());
        return next.Count > 0 ? View("~/Reviews/OneOnOnes/NextOneOnOneCard.cshtml", next) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, IReadOnlyList<ListOneOnOnes.Meeting>>
    {
        public async Task<IReadOnlyList<ListOneOnOnes.Meeting>> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return [];
            var now = clock.UtcNow;
            return await db.Set<OneOnOne>().Where(m => m.ManagerId == me).Concat(db.Set<OneOnOne>().Where(m => m.EmployeeId == me))
                .Where(m => m.ScheduledAtUtc >= now).OrderBy(m => m.ScheduledAtUtc).Take(3)
                .Select(m => new ListOneOnOnes.Meeting(m.Id, m.ScheduledAtUtc, m.ManagerId == me,
                    m.ManagerId == me
                        ? (m.Employee.PreferredName ?? m.Employee.LegalFirstName) + " " + m.Employee.LegalLastName
                        : (m.Manager.PreferredName ?? m.Manager.LegalFirstName) + " " + m.Manager.LegalLastName,
                    m.AgendaItems.Count, m.ActionItems.Count(a => a.DoneAtUtc == null)))
                .ToListAsync(ct);
        }
    }
}

/// <summary>"Action items due" on the home page: the open items the viewer owns that are overdue or due within a week. One command.</summary>
public class ActionItemsDueCard(IMediator mediator) : ViewComponent
{
    public const int DaysAhead = 7;

    public record Query : IRequest<IReadOnlyList<Line>>;

    public record Line(int MeetingId, string Text, DateOnly DueOn, bool Overdue);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var lines = await mediator.Send(new Query());
        return lines.Count > 0 ? View("~/Reviews/OneOnOnes/ActionItemsDueCard.cshtml", lines) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, IReadOnlyList<Line>>
    {
        public async Task<IReadOnlyList<Line>> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return [];
            var today = DateOnly.FromDateTime(clock.UtcNow);
            var until = today.AddDays(DaysAhead);
            return await db.Set<OneOnOneActionItem>().Where(a => a.OwnerId == me && a.DoneAtUtc == null && a.DueOn <= until)
                .OrderBy(a => a.DueOn).ThenBy(a => a.Id).Take(5)
                .Select(a => new Line(a.MeetingId, a.Text, a.DueOn, a.DueOn < today))
                .ToListAsync(ct);
        }
    }
}
