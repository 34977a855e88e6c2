using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>HR's home-page card: headcount at the end of each of the last twelve months, and the hires and leavers in each.</summary>
public class WorkforceTrendCard(IMediator mediator) : ViewComponent
{
    public const int Months = 12;

    [RequireRole(Roles.Hr)]
    public record Query : IRequest<IReadOnlyList<Month>>;

    /// <summary>A calendar month: the people employed at its end (today, for the current month), who joined and whose last day fell in it.</summary>
    public record Month
    {
        public DateOnly Start { get; init; }
        public int Headcount { get; init; }
        public int Hires { get; init; }
        public int Leavers { get; init; }
    }

    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Organisation/WorkforceTrendCard.cshtml", await mediator.Send(new Query()));

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Query, IReadOnlyList<Month>>
    {
        /// <summary>
        /// One command for the whole year: SQLite lists the months and counts each one itself. Someone is employed at a
        /// month's end from their hire date through their last day; a person marked Left without a last day counts as
        /// gone throughout (their leaving predates the portal).
        /// </summary>
        public async Task<IReadOnlyList<Month>> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            var last = new DateOnly(today.Year, today.Month, 1);
            var first = last.AddMonths(1 - Months);
            var left = nameof(EmployeeStatus.Left);
            return await db.Database.SqlQuery<Month>($"""
                WITH RECURSIVE months(Start) AS (
                    SELECT {first}
                    UNION ALL
                    SELECT date(Start, '+1 month') FROM months WHERE Start < {last})
                SELECT m.Start AS Start,
                    (SELECT COUNT(*) FROM Employees e
                        WHERE e.HireDate <= min(date(m.Start, '+1 month', '-1 day'), {today})
                        AND (e.LastDay IS NULL AND e.Status <> {left} OR e.LastDay >= min(date(m.Start, '+1 month', '-1 day'), {today}))) AS Headcount,
                    (SELECT COUNT(*) FROM Employees e WHERE e.HireDate >= m.Start AND e.HireDate < date(m.Start, '+1 month')) AS Hires,
                    (SELECT COUNT(*) FROM Employees e WHERE e.LastDay >= m.Start AND e.LastDay < date(m.Start, '+1 month')) AS Leavers
                FROM months m ORDER BY m.Start
                """).ToListAsync(cancellationToken);
        }
    }
}
