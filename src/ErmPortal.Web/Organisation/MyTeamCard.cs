using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// A manager's home-page card: their direct reports and the size of their whole reporting line, as last counted by
/// <see cref="CountTeamsJob"/> (none before its first count), so the card reads a row rather than the reporting line.
/// </summary>
public class MyTeamCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<Model?>;

    public record Member(int Id, string Name, string PositionTitle, EmployeeStatus Status);

    public record Team(int Size, DateTime CountedAtUtc);

    public record Model(IReadOnlyList<Member> DirectReports, Team? WholeTeam);

    /// <summary>A manager's account without an employee record has no team to show.</summary>
    public async Task<IViewComponentResult> InvokeAsync() =>
        await mediator.Send(new Query()) is { } model
            ? View("~/Organisation/MyTeamCard.cshtml", model)
            : Content(string.Empty);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me || !user.IsInRole(Roles.Manager)) return null;
            var reports = await db.Employees.Where(e => e.ManagerId == me && e.Status != EmployeeStatus.Left)
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName).ThenBy(e => e.Id)
                .Select(e => new Member(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title, e.Status))
                .ToListAsync(ct);
            var wholeTeam = await db.Set<TeamSize>().Where(t => t.ManagerId == me).Select(t => new Team(t.Size, t.CountedAtUtc)).FirstOrDefaultAsync(ct);
            return new Model(reports, wholeTeam);
        }
    }
}
