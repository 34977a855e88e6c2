using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Talent;

/// <summary>
/// The 9-box: how many of the people the viewer looks after stand in each cell of performance by potential, for one
/// department or all. Counted per department and cell in one grouped command, so the grid and its department filter
/// cost the same for a team and for ten thousand people.
/// </summary>
public static class GetTalentGrid
{
    [RequireRole(Roles.Hr, Roles.Manager)]
    public record Query : IRequest<Model>
    {
        public int? DepartmentId { get; init; }
    }

    public record Option(int Id, string Name);

    public record Model(Query Query, IReadOnlyDictionary<(Performance, Potential), int> Cells, IReadOnlyList<Option> Departments)
    {
        public int CountAt(Performance performance, Potential potential) => Cells.GetValueOrDefault((performance, potential));

        public int Placed => Cells.Values.Sum();
    }

    public class Handler(ErmDbContext db, TalentScope scope) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var counts = await scope.Placements(null).GroupBy(p => new { p.DepartmentId, p.Performance, p.Potential })
                .Select(g => new { g.Key.DepartmentId, g.Key.Performance, g.Key.Potential, Count = g.Count() })
                .ToListAsync(ct);
            var ids = counts.Select(c => c.DepartmentId).Distinct().ToList();
            var departments = await db.Departments.Where(d => ids.Contains(d.Id)).OrderBy(d => d.Name).Select(d => new Option(d.Id, d.Name)).ToListAsync(ct);
            var departmentId = ids.Contains(request.DepartmentId ?? 0) ? request.DepartmentId : null;
            var cells = counts.Where(c => departmentId is null || c.DepartmentId == departmentId)
                .GroupBy(c => (c.Performance, c.Potential)).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
            return new Model(request with { DepartmentId = departmentId }, cells, departments);
        }
    }
}
