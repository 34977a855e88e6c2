using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>HR's home-page card: how many change requests wait for a decision, the longest-waiting first.</summary>
public class PendingChangeRequestsCard(IMediator mediator) : ViewComponent
{
    private const int Shown = 5;

    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Model>;

    public record Waiting(int Id, int EmployeeId, string EmployeeName, DateTime RequestedAtUtc, int Fields);

    public record Model(int Count, IReadOnlyList<Waiting> Oldest);

    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Profiles/PendingChangeRequestsCard.cshtml", await mediator.Send(new Query()));

    /// <summary>The same for every HR viewer: kept until a request or a requester's name is written.</summary>
    public class Handler(ErmDbContext db, KeptResults kept) : IRequestHandler<Query, Model>
    {
        public Task<Model> Handle(Query request, CancellationToken cancellationToken) =>
            kept.GetAsync(nameof(PendingChangeRequestsCard), ["ChangeRequests", "Employees"], WaitingAsync, cancellationToken);

        private async Task<Model> WaitingAsync(CancellationToken cancellationToken)
        {
            var pending = db.ChangeRequests.Where(r => r.Status == ChangeRequestStatus.Pending);
            var oldest = await pending.OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id).Take(Shown)
                .Select(r => new Waiting(r.Id, r.EmployeeId, (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                    r.RequestedAtUtc, r.Items.Count))
                .ToListAsync(cancellationToken);
            return new Model(await pending.CountAsync(cancellationToken), oldest);
        }
    }
}
