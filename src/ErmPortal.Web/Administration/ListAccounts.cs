using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Administration;

public static class ListAccounts
{
    [RequireRole(Roles.Admin)]
    public record Query : IRequest<Model>
    {
        public string? Search { get; init; }
        public string? Role { get; init; }
        public int Page { get; init; } = 1;
    }

    public enum AccountState { Active, Invited, LockedOut, Disabled }

    public record Row(string Id, string Email, string? EmployeeName, int? EmployeeId, IReadOnlyList<string> Roles,
        AccountState State, DateTime? LastSignInAtUtc);

    public record Model(Query Query, Page<Row> Accounts);

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var users = db.Users.AsQueryable();
            if (!string.IsNullOrWhiteSpace(request.Search))
                users = users.Where(u => EF.Functions.Like(u.Email!, $"%{request.Search.Trim()}%"));
            if (!string.IsNullOrWhiteSpace(request.Role))
                users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == request.Role)));

            var page = await users.OrderBy(u => u.Email)
                .Select(u => new
                {
                    u.Id, u.Email, u.DisabledAtUtc, u.LockoutEnd, u.LastSignInAtUtc, HasPassword = u.PasswordHash != null,
                    Employee = db.Employees.Where(e => e.UserId == u.Id)
                        .Select(e => new { e.Id, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName }).FirstOrDefault(),
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                })
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, cancellationToken);

            var now = clock.UtcNow;
            var rows = page.Items.Select(u => new Row(u.Id, u.Email!, u.Employee?.Name, u.Employee?.Id, u.Roles.Order().ToList(),
                u.DisabledAtUtc is not null ? AccountState.Disabled
                : u.LockoutEnd > now ? AccountState.LockedOut
                : !u.HasPassword ? AccountState.Invited
                : AccountState.Active,
                u.LastSignInAtUtc)).ToList();
            return new Model(request, new Page<Row>(rows, page.PageNumber, page.PageSize, page.TotalCount));
        }
    }
}
