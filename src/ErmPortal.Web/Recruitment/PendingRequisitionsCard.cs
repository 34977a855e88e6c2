using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>HR's home-page card: how many requisitions wait for a decision, the longest-waiting first.</summary>
public class PendingRequisitionsCard(IMediator mediator) : ViewComponent
{
    private const int Shown = 5;

    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Model>;

    public record Waiting(int Id, string PositionTitle, int Headcount, string RequestedBy, DateTime RequestedAtUtc);

    public record Model(int Count, IReadOnlyList<Waiting> Oldest);

    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Recruitment/PendingRequisitionsCard.cshtml", await mediator.Send(new Query()));

    /// <summary>The same for every HR viewer: kept until a requisition, a requester's name or a position title is written.</summary>
    public class Handler(ErmDbContext db, KeptResults kept) : IRequestHandler<Query, Model>
    {
        public Task<Model> Handle(Query request, CancellationToken cancellationToken) =>
            kept.GetAsync(nameof(PendingRequisitionsCard), ["Requisitions", "Employees", "Positions"], WaitingAsync, cancellationToken);

        private async Task<Model> WaitingAsync(CancellationToken cancellationToken)
        {
            var pending = db.Set<Requisition>().Where(r => r.Status == RequisitionStatus.Pending);
            var oldest = await pending.OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id).Take(Shown)
                .Select(r => new Waiting(r.Id, r.Position.Title, r.Headcount,
                    (r.RequestedBy.PreferredName ?? r.RequestedBy.LegalFirstName) + " " + r.RequestedBy.LegalLastName, r.RequestedAtUtc))
                .ToListAsync(cancellationToken);
            return new Model(oldest.Count < Shown ? oldest.Count : await pending.CountAsync(cancellationToken), oldest);
        }
    }
}
