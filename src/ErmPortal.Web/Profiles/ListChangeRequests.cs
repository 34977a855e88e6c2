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
        /// <summary>The pager's links: the requests after (or before) this one, in the list's order.</summary>
        public int? After { get; init; }
        public int? Before { get; init; }
    }

    public record Row(int Id, int EmployeeId, string EmployeeName, DateTime RequestedAtUtc, ChangeRequestStatus Status,
        IReadOnlyList<ListMyChangeRequests.Item> Items);

    public record Model(Query Query, Page<Row> Requests);

    /// <summary>The oldest waiting request first; decided ones newest first. Both follow the (status, sent) index, then id.</summary>
    private static readonly Keyset<ChangeRequest, int> OldestFirst = new(r => r.Id, Keyset<ChangeRequest, int>.Ascending(r => r.RequestedAtUtc));
    private static readonly Keyset<ChangeRequest, int> NewestFirst = new(r => r.Id, Keyset<ChangeRequest, int>.Descending(r => r.RequestedAtUtc));

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var requests = db.ChangeRequests.AsQueryable();
            if (request.Status is { } status) requests = requests.Where(r => r.Status == status);
            var page = await requests.ToKeysetPageAsync(request.Status == ChangeRequestStatus.Pending ? OldestFirst : NewestFirst,
                new PageRequest(request.Page, request.After, request.Before), PagingExtensions.DefaultPageSize,
                ids => db.ChangeRequests.Where(r => ids.Contains(r.Id)).Select(r => new Row(r.Id, r.EmployeeId, (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                    r.RequestedAtUtc, r.Status, r.Items.Select(i => new ListMyChangeRequests.Item(i.Field, i.NewValue)).ToList())),
                r => r.Id, ct);
            var masked = page.Items.Select(r => r with
            {
                Items = r.Items.Select(i => i with { NewValue = ChangeRequestDisplay.ForList(i.Field, i.NewValue) }).ToList(),
            }).ToList();
            return new Model(request, page with { Items = masked });
        }
    }
}
