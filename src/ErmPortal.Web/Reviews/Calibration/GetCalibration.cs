using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Calibration;

/// <summary>
/// A cycle's calibration for the viewer: how the ratings that stand are spread over the scale, per department and in
/// all, beside the share HR's guideline expects at each level; a page of the reviews with the manager's rating, the
/// rating that stands and the potential; and the latest adjustments with who made them and why. Only the reviews the
/// viewer calibrates (<see cref="CalibrationScope"/>) count anywhere on the page. The figures are grouped by SQLite,
/// so the page costs the same few commands for a team of ten and a cycle of ten thousand; the figures, each page and the
/// latest adjustments are kept per scope until a review, adjustment, person or department is written (<see cref="KeptResults"/>).
/// </summary>
public static class GetCalibration
{
    public const int LatestAdjustments = 10;

    public record Query : IRequest<Model>
    {
        public int Id { get; init; }
        public int? DepartmentId { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Level(int Value, string Label, int GuidelinePercent);

    /// <summary>How many reviews stand at each rating, and how many have no rating yet (no assessment submitted).</summary>
    public record Figures(IReadOnlyDictionary<int, int> ByRating, int Unrated)
    {
        public int Rated => ByRating.Values.Sum();

        public int CountAt(int rating) => ByRating.GetValueOrDefault(rating);

        /// <summary>The share of the rated reviews at this rating, in whole percent.</summary>
        public int PercentAt(int rating) => Rated == 0 ? 0 : (int)Math.Round(100.0 * CountAt(rating) / Rated, MidpointRounding.AwayFromZero);
    }

    public record Department(int Id, string Name, Figures Figures);

    public record Row(int ReviewId, int EmployeeId, string Person, string Department, string? Reviewer, int? ManagerRating, int? FinalRating,
        Potential? Potential, bool ManagerAssessmentIn, bool Shared, bool Finalized, int Adjustments);

    /// <summary>An adjustment; <see cref="By"/> is null when the adjuster had no employee record (an HR account).</summary>
    public record Adjustment(int ReviewId, string Person, string? By, DateTime AtUtc, int? FromRating, int? ToRating,
        Potential? FromPotential, Potential? ToPotential, string Reason);

    public record Model(Query Query, int CycleId, string CycleName, ReviewPhase Phase, bool Adjustable, IReadOnlyList<Level> Levels,
        Figures Total, Figures Shown, IReadOnlyList<Department> Departments, Page<Row> Reviews, IReadOnlyList<Adjustment> Latest)
    {
        public IReadOnlyDictionary<int, string> Labels { get; } = Levels.ToDictionary(l => l.Value, l => l.Label);

        public string? DepartmentName => Departments.FirstOrDefault(d => d.Id == Query.DepartmentId)?.Name;
    }

    private sealed record Count(int DepartmentId, int? FinalRating, int Reviews);

    private sealed record Counts(IReadOnlyList<Count> ByDepartmentAndRating, IReadOnlyDictionary<int, string> DepartmentNames);

    private sealed record Listing(Page<Row> Page, IReadOnlyList<Adjustment> Latest);

    public class Handler(ErmDbContext db, CalibrationScope scope, KeptResults kept) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var cycle = await db.Set<ReviewCycle>().Where(c => c.Id == request.Id && CalibrationScope.CalibratedPhases.Contains(c.Phase))
                            .Select(c => new { c.Id, c.Name, c.Phase, Levels = c.RatingLevels.OrderBy(l => l.Value).Select(l => new Level(l.Value, l.Label, l.GuidelinePercent)).ToList() })
                            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var reviews = scope.Reviews().Where(r => r.CycleId == cycle.Id);
            var (counts, names) = await kept.GetAsync((nameof(GetCalibration), cycle.Id, scope.Key), [.. CalibrationScope.Sources, "Departments"],
                async c =>
                {
                    var rows = await reviews.GroupBy(r => new { r.DepartmentId, r.FinalRating })
                        .Select(g => new Count(g.Key.DepartmentId, g.Key.FinalRating, g.Count())).ToListAsync(c);
                    var ids = rows.Select(r => r.DepartmentId).Distinct().ToList();
                    return new Counts(rows, await db.Departments.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, c));
                }, ct);
            // A cycle without one review the viewer calibrates is not theirs to see: it looks absent, as every "not yours" does.
            if (counts.Count == 0 && !scope.IsHr) throw new NotFoundException();

            var departments = counts.GroupBy(c => c.DepartmentId)
                .Select(g => new Department(g.Key, names[g.Key], FiguresOf(g.Select(c => (c.FinalRating, c.Reviews)))))
                .OrderBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
            var total = FiguresOf(counts.Select(c => (c.FinalRating, c.Reviews)));
            var departmentId = departments.Any(d => d.Id == request.DepartmentId) ? request.DepartmentId : null;
            var shown = departmentId is { } chosen ? departments.Single(d => d.Id == chosen).Figures : total;

            var (page, latest) = await kept.GetAsync((nameof(GetCalibration), cycle.Id, scope.Key, departmentId, request.Page),
                [.. CalibrationScope.Sources, "Departments", "CalibrationAdjustments"], async c =>
                {
                    var listed = departmentId is { } only ? reviews.Where(r => r.DepartmentId == only) : reviews;
                    return new Listing(await PageAsync(listed, request.Page, c), await LatestAsync(listed, c));
                }, ct);

            var levels = cycle.Levels.Count > 0 ? cycle.Levels : ReviewCycle.DefaultScale.Select(l => new Level(l.Value, l.Label, l.GuidelinePercent)).ToList();
            return new Model(request with { DepartmentId = departmentId }, cycle.Id, cycle.Name, cycle.Phase,
                CalibrationScope.AdjustablePhases.Contains(cycle.Phase), levels, total, shown, departments, page, latest);
        }

        /// <summary>In department order, then by id: the cycle's department index serves it, so no page sorts the cycle's reviews.</summary>
        private static Task<Page<Row>> PageAsync(IQueryable<Review> listed, int pageNumber, CancellationToken ct) =>
            listed.OrderBy(r => r.DepartmentId).ThenBy(r => r.Id).ToCappedPageAsync(rows => rows.Select(r => new Row(
                    r.Id, r.EmployeeId, (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName, r.Department.Name,
                    r.Reviewer == null ? null : (r.Reviewer.PreferredName ?? r.Reviewer.LegalFirstName) + " " + r.Reviewer.LegalLastName,
                    r.ManagerRating, r.FinalRating, r.Potential, r.ManagerSubmittedAtUtc != null, r.SharedAtUtc != null, r.FinalizedAtUtc != null,
                    r.Adjustments.Count)),
                pageNumber, PagingExtensions.DefaultPageSize, ct);

        private async Task<IReadOnlyList<Adjustment>> LatestAsync(IQueryable<Review> listed, CancellationToken ct) =>
            await db.Set<CalibrationAdjustment>().Join(listed, a => a.ReviewId, r => r.Id, (a, r) => new { Review = r, a })
                .OrderByDescending(x => x.a.AdjustedAtUtc).ThenByDescending(x => x.a.Id).Take(LatestAdjustments)
                .Select(x => new Adjustment(x.Review.Id,
                    (x.Review.Employee.PreferredName ?? x.Review.Employee.LegalFirstName) + " " + x.Review.Employee.LegalLastName,
                    x.a.AdjustedByEmployee == null ? null : (x.a.AdjustedByEmployee.PreferredName ?? x.a.AdjustedByEmployee.LegalFirstName) + " " + x.a.AdjustedByEmployee.LegalLastName,
                    x.a.AdjustedAtUtc, x.a.FromRating, x.a.ToRating, x.a.FromPotential, x.a.ToPotential, x.a.Reason))
                .ToListAsync(ct);

        private static Figures FiguresOf(IEnumerable<(int? Rating, int Count)> counts)
        {
            var list = counts.ToList();
            return new Figures(list.Where(c => c.Rating is not null).GroupBy(c => c.Rating!.Value).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
                list.Where(c => c.Rating is null).Sum(c => c.Count));
        }
    }
}
