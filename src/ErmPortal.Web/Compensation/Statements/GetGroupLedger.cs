using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Compensation.Statements;

/// <summary>One row of a ledger of many: a person or a department, its page's address, and how many people its figures add up.</summary>
public record LedgerRow(int GroupId, string Name, string? Link, int People);

/// <summary>
/// A year of the value ledger for many at once, a page of rows (25) and the total of them all, every module's figures
/// added up in SQL by row: as many queries for a team of 500 as for a team of 5.
/// </summary>
public record GroupLedger(int Year, IReadOnlyList<int> YearList, Page<LedgerRow> Rows, LedgerTable Table, int TotalPeople)
{
    /// <summary>The group the totals of everyone on every page are read into.</summary>
    public const int Everyone = 0;
}

/// <summary>
/// The value ledger of the viewer's whole reporting line (everyone below them, however deep), person by person: what
/// each gave and received in a year. The viewer manages them all, so they see what the managers above a person see:
/// pay, and review ratings once final.
/// </summary>
public static class GetTeamLedger
{
    public record Query(int? Year, int Page = 1) : IRequest<GroupLedger>;

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock, LedgerFigures ledger) : IRequestHandler<Query, GroupLedger>
    {
        public async Task<GroupLedger> Handle(Query request, CancellationToken ct)
        {
            var today = clock.Today;
            var years = LedgerYears.Of(today);
            var year = LedgerYears.Pick(request.Year, today);
            if (user.EmployeeId is not { } me)
                return new GroupLedger(year, years, new Page<LedgerRow>([], 1, PagingExtensions.DefaultPageSize, 0), new LedgerTable(ledger.Columns(), []), 0);

            var below = db.Below(me).Select(r => r.Id);
            var team = db.Employees.Where(e => below.Contains(e.Id) && e.Status != EmployeeStatus.Left);
            var page = await team.OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName).ThenBy(e => e.Id)
                .Select(e => new LedgerRow(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, "/compensation/people/" + e.Id + "/ledger", 1))
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
            var ids = page.Items.Select(r => r.GroupId).ToList();
            var rows = await ledger.ReadAsync(Scope(db.Employees.Where(e => ids.Contains(e.Id)).Select(e => new LedgerMember { EmployeeId = e.Id, GroupId = e.Id }), year, today), ct);
            var totals = await ledger.ReadAsync(Scope(team.Select(e => new LedgerMember { EmployeeId = e.Id, GroupId = GroupLedger.Everyone }), year, today), ct);
            return new GroupLedger(year, years, page, rows.With(totals), page.TotalCount);
        }

        private static LedgerScope Scope(IQueryable<LedgerMember> members, int year, DateOnly today) =>
            new(members, year, year, today, PersonId: null, IsOwn: false, ViewerIsHr: false);
    }
}

/// <summary>
/// HR's value ledger of the organisation, department by department: what each department's people gave and received in
/// a year, added up, and the organisation's total.
/// </summary>
public static class GetDepartmentLedger
{
    public record Query(int? Year, int Page = 1) : IRequest<GroupLedger>;

    public class Handler(ErmDbContext db, IClock clock, LedgerFigures ledger) : IRequestHandler<Query, GroupLedger>
    {
        public async Task<GroupLedger> Handle(Query request, CancellationToken ct)
        {
            var today = clock.Today;
            var year = LedgerYears.Pick(request.Year, today);
            var people = db.Employees.Where(e => e.Status != EmployeeStatus.Left);
            var page = await db.Departments.OrderBy(d => d.Name).ThenBy(d => d.Id)
                .Select(d => new LedgerRow(d.Id, d.Name, null, people.Count(e => e.DepartmentId == d.Id)))
                .ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
            var ids = page.Items.Select(r => r.GroupId).ToList();
            var scope = (IQueryable<LedgerMember> members) => new LedgerScope(members, year, year, today, PersonId: null, IsOwn: false, ViewerIsHr: true);
            var rows = await ledger.ReadAsync(scope(people.Where(e => ids.Contains(e.DepartmentId))
                .Select(e => new LedgerMember { EmployeeId = e.Id, GroupId = e.DepartmentId })), ct);
            var totals = await ledger.ReadAsync(scope(people.Select(e => new LedgerMember { EmployeeId = e.Id, GroupId = GroupLedger.Everyone })), ct);
            return new GroupLedger(year, LedgerYears.Of(today), page, rows.With(totals), await people.CountAsync(ct));
        }
    }
}

/// <summary>The years the ledger looks back over: this one and the two before.</summary>
public static class LedgerYears
{
    public static IReadOnlyList<int> Of(DateOnly today) => Enumerable.Range(today.Year - GetLedger.Years + 1, GetLedger.Years).Reverse().ToList();

    public static int Pick(int? asked, DateOnly today) => asked is { } year && Of(today).Contains(year) ? year : today.Year;
}
