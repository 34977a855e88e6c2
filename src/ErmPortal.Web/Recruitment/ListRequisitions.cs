using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>Every requisition for HR (those waiting oldest first), a manager's own for a manager, newest first.</summary>
public static class ListRequisitions
{
    public const int PageSize = 25;

    [RequireRole(Roles.Manager, Roles.Hr)]
    public record Query : IRequest<Model>
    {
        public RequisitionStatus? Status { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Row(int Id, string PositionTitle, string DepartmentName, string LocationName, int Headcount, RequisitionReason Reason,
        string RequestedBy, DateTime RequestedAtUtc, DateOnly TargetStartDate, RequisitionStatus Status);

    /// <summary><see cref="AllOfThem"/>: the viewer is HR and sees everyone's requisitions.</summary>
    public record Model(Query Query, Page<Row> Requisitions, bool AllOfThem, bool CanRequest);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var hr = user.IsInRole(Roles.Hr);
            var requisitions = db.Set<Requisition>().AsQueryable();
            if (!hr) requisitions = requisitions.Where(r => r.RequestedById == user.EmployeeId);
            if (request.Status is { } status) requisitions = requisitions.Where(r => r.Status == status);
            // What waits for HR is worked through oldest first; everything else is looked up newest first.
            var ordered = hr && request.Status == RequisitionStatus.Pending
                ? requisitions.OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id)
                : requisitions.OrderByDescending(r => r.RequestedAtUtc).ThenByDescending(r => r.Id);
            var page = await ordered.ToCappedPageAsync(rows => rows.Select(r => new Row(r.Id, r.Position.Title, r.Department.Name, r.Location.Name,
                    r.Headcount, r.Reason, (r.RequestedBy.PreferredName ?? r.RequestedBy.LegalFirstName) + " " + r.RequestedBy.LegalLastName,
                    r.RequestedAtUtc, r.TargetStartDate, r.Status)),
                request.Page, PageSize, ct);
            return new Model(request, page, hr, user.IsInRole(Roles.Manager) && user.EmployeeId is not null);
        }
    }
}
