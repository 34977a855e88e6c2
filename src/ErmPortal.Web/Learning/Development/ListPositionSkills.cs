using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Development;

/// <summary>HR's list of positions with the skills each requires: what recommendations measure people's gaps against.</summary>
public static class ListPositionSkills
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<IReadOnlyList<Row>>;

    public record Row(int Id, string Title, string JobFamily, int Level, IReadOnlyList<string> Skills);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query request, CancellationToken ct) =>
            await db.Positions.OrderBy(p => p.JobFamily).ThenBy(p => p.Level).ThenBy(p => p.Title)
                .Select(p => new Row(p.Id, p.Title, p.JobFamily, p.Level,
                    db.Set<PositionSkill>().Where(s => s.PositionId == p.Id).OrderBy(s => s.Name).Select(s => s.Name).ToList()))
                .ToListAsync(ct);
    }
}
