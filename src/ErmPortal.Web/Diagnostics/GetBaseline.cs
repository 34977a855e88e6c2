using ErmPortal.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Diagnostics;

/// <summary>
/// The least a page of this portal can do, the way TechEmpower's "Fortunes" test defines it for a web stack: one
/// indexed query for a short sorted list, rendered with HTML encoding through the same layout, menu and sign-in
/// checks as every other page. The load benchmark reports every page as a share of this page's requests per second
/// in the same run, which holds still on a busy machine where absolute figures do not. Positions are read because
/// their number does not grow with the organisation, so the baseline costs the same at every size.
/// </summary>
public static class GetBaseline
{
    public const int RowCount = 20;

    public record Query : IRequest<Model>;

    public record Row(int Id, string Title, string JobFamily, int Level);

    public record Model(IReadOnlyList<Row> Rows);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken cancellationToken) =>
            // Title, then id: the title index holds the row id, so the order is read from the index as it is.
            new(await db.Positions.AsNoTracking()
                .OrderBy(p => p.Title).ThenBy(p => p.Id)
                .Take(RowCount)
                .Select(p => new Row(p.Id, p.Title, p.JobFamily, p.Level))
                .ToListAsync(cancellationToken));
    }
}
