using ErmPortal.Data;
using ErmPortal.Web.Compensation.Pay;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Statements;

/// <summary>
/// One person's value ledger: what they gave the organisation (goals achieved, reviews, training, interviews, helping
/// new colleagues, …) beside what they received (pay growth, bonuses, benefits, training paid for, promotions, …), for
/// each of the last three years, every figure linking to its records. It holds pay, so it is for whoever may see their pay.
/// </summary>
public static class GetLedger
{
    public const int Years = 3;

    /// <summary>No employee: the viewer's own.</summary>
    public record Query(int? EmployeeId) : IRequest<Model>;

    public record Model(int EmployeeId, string Person, string? Position, string? Department, bool IsOwn, IReadOnlyList<int> YearList, LedgerTable Table)
    {
        public string StatementPage => IsOwn ? "~/me/pay/total-rewards" : $"~/compensation/people/{EmployeeId}/total-rewards";
        public string PayPage => IsOwn ? "~/me/pay" : $"~/compensation/people/{EmployeeId}";
    }

    public class Handler(ErmDbContext db, PayAccess access, ICurrentUser user, IClock clock, LedgerFigures ledger) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var employeeId = request.EmployeeId ?? user.EmployeeId ?? throw new NotFoundException();
            await access.RequireAsync(employeeId, PayOperations.View, ct);
            var person = await db.Employees.Where(e => e.Id == employeeId)
                .Select(e => new { Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title, Department = e.Department.Name })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var today = clock.Today;
            var isOwn = employeeId == user.EmployeeId;
            var members = db.Employees.Where(e => e.Id == employeeId).Select(e => new LedgerMember { EmployeeId = e.Id, GroupId = e.Id });
            var table = await ledger.ReadAsync(
                new LedgerScope(members, today.Year - Years + 1, today.Year, today, employeeId, isOwn, user.IsInRole(Data.Accounts.Roles.Hr)), ct);
            return new Model(employeeId, person.Name, person.Title, person.Department, isOwn,
                Enumerable.Range(today.Year - Years + 1, Years).Reverse().ToList(), table);
        }
    }
}
