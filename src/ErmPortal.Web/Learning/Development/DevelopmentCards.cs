using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Development;

/// <summary>
/// "Development plan to agree" on the home page of whoever still has to agree: the person to their own plan, a manager
/// to their direct reports' plans. One command.
/// </summary>
public class PlansToAgreeCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<IReadOnlyList<Line>>;

    /// <summary>A plan waiting for the viewer; Own when it is their own plan.</summary>
    public record Line(int EmployeeId, string Person, bool Own);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var lines = await mediator.Send(new Query());
        return lines.Count > 0 ? View("~/Learning/Development/PlansToAgreeCard.cshtml", lines) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Line>>
    {
        public async Task<IReadOnlyList<Line>> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return [];
            // The viewer's own plan and their reports' plans, each reached by the plans' person index, never through every plan.
            var plans = db.Set<DevelopmentPlan>().Where(p => p.Goals.Any() || p.Courses.Any());
            return await plans.Where(p => p.EmployeeId == me && p.EmployeeAgreedAtUtc == null).Select(p => new { p.EmployeeId, Own = true })
                .Concat(db.Employees.Where(e => e.ManagerId == me)
                    .Join(plans.Where(p => p.ManagerAgreedAtUtc == null), e => e.Id, p => p.EmployeeId, (e, p) => new { p.EmployeeId, Own = false }))
                .Join(db.Employees, p => p.EmployeeId, e => e.Id, (p, e) => new { p.Own, e.Id, Person = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName })
                .OrderByDescending(l => l.Own).ThenBy(l => l.Person).Take(5)
                .Select(l => new Line(l.Id, l.Person, l.Own))
                .ToListAsync(ct);
        }
    }
}

/// <summary>"Recommended for you": the top three courses for the viewer, each with its first reason.</summary>
public class RecommendedCard(IMediator mediator) : ViewComponent
{
    public const int Shown = 3;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var top = await mediator.Send(new ListRecommendations.Query(Shown));
        return top.Count > 0 ? View("~/Learning/Development/RecommendedCard.cshtml", top) : Content(string.Empty);
    }
}
