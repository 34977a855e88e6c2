using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>"Mandatory training due" on the person's home page: their overdue and due-soon courses with the days. Nothing when none is.</summary>
public class MandatoryDueCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<IReadOnlyList<GetMyMandatory.Line>>;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var lines = await mediator.Send(new Query());
        return lines.Count > 0 ? View("~/Learning/Compliance/MandatoryDueCard.cshtml", lines) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, ICurrentUser user, MandatoryItems mandatory) : IRequestHandler<Query, IReadOnlyList<GetMyMandatory.Line>>
    {
        public async Task<IReadOnlyList<GetMyMandatory.Line>> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return [];
            var due = (await mandatory.ForAsync(db.Employees.Where(e => e.Id == me), ct))
                .Where(i => i.State is MandatoryState.Overdue or MandatoryState.DueSoon).ToList();
            return await GetMyMandatory.LinesAsync(db, due, ct);
        }
    }
}

/// <summary>"Team training overdue" on a manager's home page: how many mandatory items people of their reporting line are overdue on.</summary>
public class TeamTrainingOverdueCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<ComplianceFigures?>;

    public async Task<IViewComponentResult> InvokeAsync() =>
        await mediator.Send(new Query()) is { Required: > 0 } figures
            ? View("~/Learning/Compliance/OverdueCountCard.cshtml", (Id: "team-training", Heading: "Team training overdue", Link: "~/learning/compliance/team", Figures: figures))
            : Content(string.Empty);

    public class Handler(ErmDbContext db, ICurrentUser user, MandatoryItems mandatory) : IRequestHandler<Query, ComplianceFigures?>
    {
        public async Task<ComplianceFigures?> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return null;
            // The team's own items in one statement: a home page never reckons the whole organisation's.
            var team = from e in db.Employees join s in db.Below(me) on e.Id equals s.Id select e;
            return ComplianceFigures.Of(await mandatory.ForAsync(team, ct));
        }
    }
}
