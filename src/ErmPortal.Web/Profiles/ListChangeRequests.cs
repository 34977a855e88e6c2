using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Profiles;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>HR's queue of change requests, oldest pending first; sensitive values masked.</summary>
public static class ListChangeRequests
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Model>
    {
        public ChangeRequestStatus? Status { get; init; } = ChangeRequestStatus.Pending;
        public int Page { get; init; } = 1;
    }

    public record Row(int Id, int EmployeeId, string EmployeeName, DateTime RequestedAtUtc, ChangeRequestStatus Status,
        IReadOnlyList<ListMyChangeRequests.Item> Items);

    public record Model(Query Query, Page<Row> Requests);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var requests = db.ChangeRequests.AsQueryable();
            if (request.Status is { } status) requests = requests.Where(r => r.Status == status);
            var ordered = request.Status == ChangeRequestStatus.Pending
                ? requests.OrderBy(r => r.RequestedAtUtc)
                : requests.OrderByDescending(r => r.RequestedAtUtc);
            var page = await ordered
                .Select(r => new Row(r.Id, r.EmployeeId, (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                    r.RequestedAtUtc, r.Status, r.Items.Select(i => new ListMyChangeRequests.Item(i.Field, i.NewValue)).ToList()))
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
            var masked = page.Items.Select(r => r with
            {
                Items = r.Items.Select(i => i with { NewValue = ChangeRequestDisplay.ForList(i.Field, i.NewValue) }).ToList(),
            }).ToList();
            return new Model(request, page with { Items = masked });
        }
    }
}
