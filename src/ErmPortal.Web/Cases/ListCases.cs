using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Cases;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Cases;

/// <summary>HR's cases, open ones first by default, newest first; narrowed by status, kind and the person's name or email.</summary>
public static class ListCases
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Model>
    {
        /// <summary>Open by default: what HR is working on. Empty shows every case.</summary>
        public CaseStatus? Status { get; init; } = CaseStatus.Open;
        public CaseKind? Kind { get; init; }
        /// <summary>Part of the person's name or work email.</summary>
        public string? Person { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Row(int Id, int EmployeeId, string EmployeeName, string PositionTitle, CaseKind Kind, CaseStatus Status,
        DateOnly OpenedOn, DateOnly? ClosedOn, string OwnerName, int Notes);

    public record Model(Query Query, Page<Row> Cases)
    {
        /// <summary>Whether the reader narrowed the list beyond the open cases: an empty result then says to widen it.</summary>
        public bool Filtered => Query.Kind is not null || !string.IsNullOrWhiteSpace(Query.Person) || Query.Status != CaseStatus.Open;
    }

    public class Handler(ErmDbContext db, CaseAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var cases = access.Handled();
            if (request.Status is { } status) cases = cases.Where(c => c.Status == status);
            if (request.Kind is { } kind) cases = cases.Where(c => c.Kind == kind);
            if (!string.IsNullOrWhiteSpace(request.Person))
            {
                var people = db.Employees.Matching(db, request.Person, EmployeeSearch.ListColumns).Select(e => e.Id);
                cases = cases.Where(c => people.Contains(c.EmployeeId));
            }
            var page = await cases.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id)
                .Select(c => new Row(c.Id, c.EmployeeId, (c.Employee.PreferredName ?? c.Employee.LegalFirstName) + " " + c.Employee.LegalLastName,
                    c.Employee.Position.Title, c.Kind, c.Status, c.OpenedOn, c.ClosedOn,
                    (c.Owner.PreferredName ?? c.Owner.LegalFirstName) + " " + c.Owner.LegalLastName, c.Notes.Count))
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
            return new Model(request, page);
        }
    }
}
