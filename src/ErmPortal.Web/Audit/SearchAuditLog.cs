using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Audit;

/// <summary>HR and Admin search the record of changes. Read-only: the portal has no way to change or remove entries.</summary>
public static class SearchAuditLog
{
    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Query : IRequest<Model>
    {
        public int? EmployeeId { get; init; }
        /// <summary>Part of the acting person's name.</summary>
        public string? Actor { get; init; }
        public string? Field { get; init; }
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Row(DateTime AtUtc, string? ActorName, int? EmployeeId, string? EmployeeName, string EntityType, string Action,
        string? Field, string? OldValue, string? NewValue);

    public record Model(Query Query, Page<Row> Entries, string? EmployeeName);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var entries = db.AuditEntries.AsQueryable();
            if (request.EmployeeId is { } employeeId) entries = entries.Where(a => a.EmployeeId == employeeId);
            if (!string.IsNullOrWhiteSpace(request.Actor)) entries = entries.Where(a => EF.Functions.Like(a.ActorName!, $"%{request.Actor.Trim()}%"));
            if (!string.IsNullOrWhiteSpace(request.Field)) entries = entries.Where(a => a.Field == request.Field);
            var page = await entries.Within(a => a.AtUtc, request.From, request.To).OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
                .Select(a => new
                {
                    a.AtUtc, a.ActorName, a.EmployeeId, a.EntityType, a.Action, a.Field, a.OldValue, a.NewValue,
                    EmployeeName = db.Employees.Where(e => e.Id == a.EmployeeId).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefault(),
                })
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
            // Sensitive values were masked when written; the audit shows that they changed and who changed them.
            var rows = page.Items.Select(a => new Row(a.AtUtc, a.ActorName, a.EmployeeId, a.EmployeeName, a.EntityType, a.Action, a.Field,
                a.OldValue, a.NewValue)).ToList();
            var name = request.EmployeeId is { } id
                ? await db.Employees.Where(e => e.Id == id).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefaultAsync(ct)
                : null;
            return new Model(request, new Page<Row>(rows, page.PageNumber, page.PageSize, page.TotalCount), name);
        }
    }
}
