using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;

namespace ErmPortal.Web.Compensation.Bands;

/// <summary>
/// HR's pay bands: each level's range in each currency with how many people are in it, below it and above it, and the
/// people outside their band, furthest out first, to act on.
/// </summary>
public static class ListBands
{
    public const int PageSize = PagingExtensions.DefaultPageSize;

    [RequireRole(Roles.Hr)]
    public record Query(int Page = 1) : IRequest<Model>;

    public record BandRow(int Id, int Level, string Currency, long MinimumMinor, long MidpointMinor, long MaximumMinor, int Below, int Within, int Above)
    {
        public int People => Below + Within + Above;
    }

    /// <summary>
    /// The bands, the people outside theirs, and how many people have a salary in a level and currency without a band
    /// (they are nowhere in the counts).
    /// </summary>
    public record Model(IReadOnlyList<BandRow> Bands, Page<Placement> OutOfBand, int WithoutBand);

    public class Handler(BandPlacements placements) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var (bands, people) = await placements.ReadAsync(ct);
            var inBand = people.Where(p => p.Band is not null).ToLookup(p => p.Band!.Id);
            var rows = bands.Select(b => new BandRow(b.Id, b.Level, b.Currency, b.MinimumMinor, b.MidpointMinor, b.MaximumMinor,
                inBand[b.Id].Count(p => p.IsBelow), inBand[b.Id].Count(p => !p.IsOutOfBand), inBand[b.Id].Count(p => p.IsAbove))).ToList();

            var outside = people.Where(p => p.IsOutOfBand).OrderByDescending(p => Math.Abs(p.Outside)).ThenBy(p => p.Person).ThenBy(p => p.EmployeeId).ToList();
            var pageCount = Math.Max(1, (int)Math.Ceiling(outside.Count / (double)PageSize));
            var page = Math.Clamp(request.Page, 1, pageCount);
            return new Model(rows, new Page<Placement>(outside.Skip((page - 1) * PageSize).Take(PageSize).ToList(), page, PageSize, outside.Count),
                people.Count(p => p.Band is null));
        }
    }
}
