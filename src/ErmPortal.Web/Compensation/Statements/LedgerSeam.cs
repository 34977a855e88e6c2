using Microsoft.Extensions.Localization;
using ErmPortal.Web.Infrastructure.Localization;

namespace ErmPortal.Web.Compensation.Statements;

/// <summary>Which side of the exchange a figure is on: what the person gave the organisation, or what it gave them.</summary>
public enum LedgerSide { Given, Received }

/// <summary>How a kind's figures add up and read.</summary>
public enum LedgerFigure
{
    /// <summary>A number of things: goals achieved, interviews given.</summary>
    Count,
    /// <summary>Hours, to one place.</summary>
    Hours,
    /// <summary>An amount in minor units, added per currency and never across them.</summary>
    Money,
    /// <summary>An average: the lines' values added up over their counts (a rating).</summary>
    Average,
    /// <summary>An average percentage: the lines' values added up over their counts (a raise).</summary>
    Percent,
}

/// <summary>
/// A kind of figure a module puts in the ledger, its name an English key of that module's resources. Kinds marked
/// <see cref="IsReward"/> are money the person received outside pay (recognition with a value): total rewards
/// statements count them too.
/// </summary>
public record LedgerKind(string Name, LedgerSide Side, LedgerFigure Figure, string Icon, int Order, bool IsReward = false);

/// <summary>
/// Whose figures are asked for: each person with the group their figures add up in (themselves, their department, or
/// everyone asked about). Built in the query, so a source joins it and groups by <see cref="GroupId"/> in one command.
/// </summary>
public sealed class LedgerMember
{
    public int EmployeeId { get; init; }
    public int GroupId { get; init; }
}

/// <summary>
/// What a source is asked: the members, the years, and how the viewer stands. <see cref="PersonId"/> is set for one
/// person's own ledger page: then lines link to the records they come from, as that viewer may open them.
/// <see cref="IsOwn"/> is the person reading their own ledger, who sees what their own pages show them (a review's
/// rating only once it is shared); others see only what is final.
/// </summary>
public record LedgerScope(IQueryable<LedgerMember> Members, int FromYear, int ToYear, DateOnly Today, int? PersonId, bool IsOwn, bool ViewerIsHr)
{
    public DateOnly From => new(FromYear, 1, 1);
    public DateOnly To => Today < new DateOnly(ToYear, 12, 31) ? Today : new DateOnly(ToYear, 12, 31);
    public DateTime FromUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    public DateTime ToUtc => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}

/// <summary>
/// One figure of a group for a year. <see cref="Value"/> is a number, hours, an amount in minor units (with its
/// <see cref="Currency"/>) or, for averages, the sum the average is taken of over <see cref="Count"/>. The link leads
/// to the records it comes from, for the one person asked about.
/// </summary>
public record LedgerLine(int GroupId, int Year, string Kind, decimal Value, int Count = 1, string? Currency = null, string? Link = null);

/// <summary>
/// A module's part of the value ledger: the kinds of figure it knows of (goals achieved, trainings, bonuses, …) and
/// the figures themselves for a set of people over some years, in a fixed number of queries whatever their number
/// (aggregated in SQL by group and year). Each module adds its own source; the ledger pages name none.
/// </summary>
public interface ILedgerSource
{
    IReadOnlyList<LedgerKind> Kinds { get; }

    Task<IReadOnlyList<LedgerLine>> LinesAsync(LedgerScope scope, CancellationToken cancellationToken);
}

/// <summary>A kind as a page shows it: its name in the reader's language.</summary>
public record LedgerColumn(LedgerKind Kind, string Label);

/// <summary>A figure added up from the lines of one kind, one group and one year.</summary>
public record LedgerFigureValue(LedgerKind Kind, decimal Value, int Count, IReadOnlyList<(string Currency, long Minor)> Amounts, string? Link)
{
    public decimal? Average => Count == 0 ? null : Math.Round(Value / Count, 1, MidpointRounding.AwayFromZero);
    public bool IsEmpty => Kind.Figure switch
    {
        LedgerFigure.Money => Amounts.Count == 0,
        LedgerFigure.Average or LedgerFigure.Percent => Count == 0,
        _ => Value == 0,
    };
}

/// <summary>Every module's figures, added up by group, year and kind.</summary>
public class LedgerFigures(IEnumerable<ILedgerSource> sources, IStringLocalizerFactory localizers)
{
    /// <summary>Every kind the modules contribute, given or received, in their order, with their names translated by their module.</summary>
    public IReadOnlyList<LedgerColumn> Columns() => sources
        .SelectMany(source => source.Kinds.Select(kind => new LedgerColumn(kind,
            localizers.Create(ModuleResourcesLocalizerFactory.ResourceOf(source.GetType()))[kind.Name])))
        .OrderBy(c => c.Kind.Side).ThenBy(c => c.Kind.Order).ToList();

    /// <summary>The figures of each group and year, one query or a few per module however many people.</summary>
    public async Task<LedgerTable> ReadAsync(LedgerScope scope, CancellationToken cancellationToken)
    {
        var lines = new List<LedgerLine>();
        foreach (var source in sources) lines.AddRange(await source.LinesAsync(scope, cancellationToken));
        return new LedgerTable(Columns(), lines);
    }

    /// <summary>The lines of the reward kinds only (recognition with a value), asking only the modules that have them.</summary>
    public async Task<IReadOnlyList<LedgerLine>> RewardsAsync(LedgerScope scope, CancellationToken cancellationToken)
    {
        var lines = new List<LedgerLine>();
        foreach (var source in sources.Where(s => s.Kinds.Any(k => k.IsReward)))
        {
            var rewards = source.Kinds.Where(k => k.IsReward).Select(k => k.Name).ToHashSet();
            lines.AddRange((await source.LinesAsync(scope, cancellationToken)).Where(l => rewards.Contains(l.Kind) && l.Currency is not null));
        }
        return lines;
    }
}

/// <summary>The lines read for a page, and the figure each cell shows.</summary>
public class LedgerTable(IReadOnlyList<LedgerColumn> columns, IReadOnlyList<LedgerLine> lines)
{
    private readonly ILookup<(int, int, string), LedgerLine> _cells = lines.ToLookup(l => (l.GroupId, l.Year, l.Kind));

    public IReadOnlyList<LedgerColumn> Columns => columns;

    public IReadOnlyList<LedgerLine> Lines => lines;

    /// <summary>These lines and another read's (the totals beside a page's rows).</summary>
    public LedgerTable With(LedgerTable other) => new(columns, [.. lines, .. other.Lines]);

    public IEnumerable<LedgerColumn> Side(LedgerSide side) => columns.Where(c => c.Kind.Side == side);

    public LedgerFigureValue Figure(int groupId, int year, LedgerKind kind)
    {
        var cell = _cells[(groupId, year, kind.Name)].ToList();
        var amounts = cell.Where(l => l.Currency is not null).GroupBy(l => l.Currency!)
            .Select(g => (g.Key, (long)g.Sum(l => l.Value))).Where(a => a.Item2 != 0).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        var links = cell.Select(l => l.Link).Distinct().ToList();
        return new LedgerFigureValue(kind, cell.Sum(l => l.Value), cell.Sum(l => l.Count), amounts, links.Count == 1 ? links[0] : null);
    }

    /// <summary>Whether any group has a figure of a kind in any year: what a module's empty state is decided on.</summary>
    public bool Any(LedgerSide side) => lines.Any(l => columns.Any(c => c.Kind.Name == l.Kind && c.Kind.Side == side));
}
