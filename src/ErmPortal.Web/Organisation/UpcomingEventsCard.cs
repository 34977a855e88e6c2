using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace ErmPortal.Web.Organisation;

/// <summary>HR's home-page card: last days, job changes, work anniversaries and ends of probation in the coming weeks.</summary>
public class UpcomingEventsCard(IMediator mediator) : ViewComponent
{
    private const int PerKind = 4;

    [RequireRole(Roles.Hr)]
    public record Query : IRequest<UpcomingEventList>;

    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Organisation/UpcomingEventsCard.cshtml", await mediator.Send(new Query()));

    /// <summary>The same for every HR viewer on a day, so it is kept until the people or their job changes are written.</summary>
    public class Handler(ErmDbContext db, IClock clock, KeptResults kept) : IRequestHandler<Query, UpcomingEventList>
    {
        public Task<UpcomingEventList> Handle(Query request, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            return kept.GetAsync((nameof(UpcomingEventsCard), today), ["Employees", "JobChanges"],
                ct => UpcomingEvents.ForAsync(db.Employees, today, PerKind, ct), cancellationToken);
        }
    }
}
