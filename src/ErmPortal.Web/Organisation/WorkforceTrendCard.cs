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

    public class Handler(ErmDbContext db, IClock clock, KeptResults kept) : IRequestHandler<Query, IReadOnlyList<Month>>
    {
        /// <summary>
        /// One command over the months the database keeps (<see cref="WorkforceMonth"/>): a month's hires and leavers
        /// are its row, the headcount at its end the running total of hires less departures. Only the current month,
        /// counted to today, reads people: those hired in it so far, and those whose last day was in it (or the day
        /// before it), through the hire-date and last-day indexes. Someone is employed from their hire date through
        /// their last day; a person marked Left without a last day counts as gone throughout (their leaving predates
        /// the portal). The months are the same for every HR viewer on a day: kept until the people are written.
        /// </summary>
        public Task<IReadOnlyList<Month>> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            return kept.GetAsync((nameof(WorkforceTrendCard), today), ["Employees"], ct => MonthsUpToAsync(today, ct), cancellationToken);
        }

        private async Task<IReadOnlyList<Month>> MonthsUpToAsync(DateOnly today, CancellationToken cancellationToken)
        {
            var current = new DateOnly(today.Year, today.Month, 1);
            var first = current.AddMonths(1 - Months);
            var left = nameof(EmployeeStatus.Left);
            return await db.Database.SqlQuery<Month>($"""
                WITH RECURSIVE months(Start) AS (
                    SELECT {first}
                    UNION ALL
                    SELECT date(Start, '+1 month') FROM months WHERE Start < {current}),
                counted AS (
                    SELECT m.Start, COALESCE(w.Hires, 0) AS Hires, COALESCE(w.Leavers, 0) AS Leavers,
                        CASE WHEN m.Start < {current} THEN COALESCE(w.Hires - w.Departures, 0) ELSE
                            (SELECT COUNT(*) FROM Employees e WHERE e.HireDate >= {current} AND e.HireDate <= {today}
                                AND (e.LastDay IS NULL AND e.Status <> {left} OR e.LastDay >= e.HireDate))
                            - (SELECT COUNT(*) FROM Employees e WHERE e.LastDay >= date({current}, '-1 day') AND e.LastDay < {today}
                                AND e.LastDay >= e.HireDate)
                        END AS Net
                    FROM months m LEFT JOIN WorkforceMonths w ON w.Month = m.Start)
                SELECT Start, Hires, Leavers,
                    (SELECT COALESCE(SUM(Hires - Departures), 0) FROM WorkforceMonths WHERE Month < {first})
                        + SUM(Net) OVER (ORDER BY Start) AS Headcount
                FROM counted ORDER BY Start
                """).ToListAsync(cancellationToken);
        }
    }
}
