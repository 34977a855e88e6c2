using ErmPortal.Data;
using ErmPortal.Data.Infrastructure;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Shared;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Analytics;

/// <summary>
/// How recruitment works, overall or for one opening, over a period: how long hiring takes, how long candidates wait
/// in each stage, how many get from one stage to the next, which sources bring the people who are hired, and how many
/// offers are accepted. HR see every opening; a hiring manager sees theirs. Every figure is counted in the database.
/// </summary>
public static class GetRecruitmentAnalytics
{
    /// <summary>The stages of the funnel, in the order candidates go through them.</summary>
    public static readonly StageKind[] Funnel = [StageKind.Applied, StageKind.Screening, StageKind.Interview, StageKind.Offer, StageKind.Hired];

    public static readonly int[] PeriodChoices = [3, 12, 36];

    public record Query : IRequest<Model>
    {
        /// <summary>One opening, or every opening the viewer may see.</summary>
        public int? Opening { get; init; }
        /// <summary>Applications received in the last so many months.</summary>
        public int Months { get; init; } = 12;
    }

    public class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Months).Must(m => PeriodChoices.Contains(m));
    }

    public record Model(Query Query, DateTime SinceUtc, IReadOnlyList<OpeningChoice> Openings, int Applications, int Hires, double? MedianDaysToHire,
        double? AverageDaysToHire, IReadOnlyList<FunnelStep> FunnelSteps, IReadOnlyList<StageTime> StageTimes, IReadOnlyList<SourceRow> Sources,
        IReadOnlyList<OpeningRow> PerOpening, OfferFigures Offers)
    {
        public string? OpeningTitle => Openings.FirstOrDefault(o => o.Id == Query.Opening)?.Title;
    }

    public record OpeningChoice(int Id, string Title, DateTime CreatedAtUtc);

    /// <summary>How many applications reached the stage, and what share of those that reached the stage before.</summary>
    public record FunnelStep(StageKind Kind, int Reached, double? FromPrevious);

    public record StageTime(StageKind Kind, int Visits, double AverageDays);

    public record SourceRow(CandidateSource Source, int Applications, int Interviewed, int Hires)
    {
        public double HireRate => Applications == 0 ? 0 : (double)Hires / Applications;
    }

    public record OpeningRow(int Id, string Title, DateTime CreatedAtUtc, int Applications, int Hires, double? AverageDaysToHire, OfferFigures Offers);

    /// <summary>
    /// The offers candidates answered: accepted or declined. Offers still in play, refused by HR or withdrawn by the team
    /// have no answer from the candidate, and a candidate who withdrew without an offer declined none.
    /// </summary>
    public record OfferFigures(int Accepted, int Declined)
    {
        public static readonly OfferFigures None = new(0, 0);

        public double? AcceptanceRate => Accepted + Declined == 0 ? null : (double)Accepted / (Accepted + Declined);
    }

    public class Handler(ErmDbContext db, OpeningAccess access, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var openings = db.Set<Opening>().Where(access.VisibleOpenings());
            var choices = await openings.OrderByDescending(o => o.CreatedAtUtc).Select(o => new OpeningChoice(o.Id, o.Title, o.CreatedAtUtc)).ToListAsync(ct);
            // An opening the viewer may not see is not narrowed to: it reads as if none were chosen.
            var query = choices.Any(o => o.Id == request.Opening) ? request : request with { Opening = null };
            if (query.Opening is { } one) openings = openings.Where(o => o.Id == one);

            var since = clock.UtcNow.AddMonths(-query.Months);
            var applications = db.Set<JobApplication>().Where(a => a.AppliedAtUtc >= since && openings.Any(o => o.Id == a.OpeningId));
            var visits = db.Set<StageVisit>().Where(v => applications.Any(a => a.Id == v.ApplicationId));

            var reached = await visits.GroupBy(v => v.Stage.Kind)
                .Select(g => new { Kind = g.Key, Count = g.Select(v => v.ApplicationId).Distinct().Count() }).ToListAsync(ct);
            var funnel = Funnel.Select(kind => reached.FirstOrDefault(r => r.Kind == kind)?.Count ?? 0).ToList();
            var steps = Funnel.Select((kind, i) => new FunnelStep(kind, funnel[i],
                i == 0 || funnel[i - 1] == 0 ? null : (double)funnel[i] / funnel[i - 1])).ToList();

            // Days as fractions, from SQLite's julianday: the whole average is worked out in the query.
            var stageTimes = (await visits.Where(v => v.LeftAtUtc != null)
                    .GroupBy(v => v.Stage.Kind)
                    .Select(g => new { Kind = g.Key, Visits = g.Count(), Days = g.Average(v => SqlDates.JulianDay(v.LeftAtUtc!.Value) - SqlDates.JulianDay(v.EnteredAtUtc)) })
                    .ToListAsync(ct))
                .Where(t => !t.Kind.IsFinal())
                .OrderBy(t => Array.IndexOf(Funnel, t.Kind))
                .Select(t => new StageTime(t.Kind, t.Visits, t.Days)).ToList();

            var interviewed = visits.Where(v => v.Stage.Kind == StageKind.Interview).Select(v => v.ApplicationId);
            var sources = (await applications.GroupBy(a => a.Source)
                    .Select(g => new { Source = g.Key, Applications = g.Count(), Interviewed = g.Count(a => interviewed.Contains(a.Id)),
                        Hires = g.Count(a => a.Stage.Kind == StageKind.Hired) })
                    .ToListAsync(ct))
                .Select(s => new SourceRow(s.Source, s.Applications, s.Interviewed, s.Hires))
                .OrderByDescending(s => s.Applications).ToList();

            var hired = applications.Where(a => a.Stage.Kind == StageKind.Hired && a.EndedAtUtc != null);
            var daysToHire = await hired.Select(a => SqlDates.JulianDay(a.EndedAtUtc!.Value) - SqlDates.JulianDay(a.AppliedAtUtc))
                .OrderBy(d => d).ToListAsync(ct);

            // The offers of the applications counted here, by opening and answer: the figure overall is their sum.
            var answers = (await db.Set<Offer>()
                    .Where(o => (o.Status == OfferStatus.Accepted || o.Status == OfferStatus.Declined) && applications.Any(a => a.Id == o.ApplicationId))
                    .GroupBy(o => o.Application.OpeningId)
                    .Select(g => new { OpeningId = g.Key, Accepted = g.Count(o => o.Status == OfferStatus.Accepted), Declined = g.Count(o => o.Status == OfferStatus.Declined) })
                    .ToListAsync(ct))
                .ToDictionary(o => o.OpeningId, o => new OfferFigures(o.Accepted, o.Declined));
            var offers = new OfferFigures(answers.Values.Sum(o => o.Accepted), answers.Values.Sum(o => o.Declined));

            var perOpening = (await applications.GroupBy(a => new { a.OpeningId, a.Opening.Title, a.Opening.CreatedAtUtc })
                    .Select(g => new { g.Key.OpeningId, g.Key.Title, g.Key.CreatedAtUtc, Applications = g.Count(), Hires = g.Count(a => a.Stage.Kind == StageKind.Hired),
                        Days = g.Where(a => a.Stage.Kind == StageKind.Hired && a.EndedAtUtc != null)
                            .Average(a => (double?)(SqlDates.JulianDay(a.EndedAtUtc!.Value) - SqlDates.JulianDay(a.AppliedAtUtc))) })
                    .ToListAsync(ct))
                .OrderByDescending(o => o.CreatedAtUtc).Select(o => new OpeningRow(o.OpeningId, o.Title, o.CreatedAtUtc, o.Applications, o.Hires, o.Days,
                    answers.GetValueOrDefault(o.OpeningId, OfferFigures.None))).ToList();

            return new Model(query, since, choices, funnel[0], daysToHire.Count, Median(daysToHire),
                daysToHire.Count == 0 ? null : daysToHire.Average(), steps, stageTimes, sources, perOpening, offers);
        }

        private static double? Median(List<double> sorted) => sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>The tables of the analytics page, each downloadable as CSV.</summary>
public enum AnalyticsTable { Funnel, Stages, Sources, Openings }

public static class RecruitmentAnalyticsCsv
{
    /// <summary>One table as CSV, every cell safe to open in a spreadsheet; rates as fractions and days with one decimal.</summary>
    public static string ToCsv(this GetRecruitmentAnalytics.Model model, AnalyticsTable table)
    {
        var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        switch (table)
        {
            case AnalyticsTable.Funnel:
                CsvText.Write(writer, model.FunnelSteps.Select(s => new { Stage = s.Kind.ToString(), s.Reached, ShareOfPrevious = Round(s.FromPrevious, 3) }));
                break;
            case AnalyticsTable.Stages:
                CsvText.Write(writer, model.StageTimes.Select(s => new { Stage = s.Kind.ToString(), s.Visits, AverageDays = Round(s.AverageDays, 1) }));
                break;
            case AnalyticsTable.Sources:
                CsvText.Write(writer, model.Sources.Select(s => new { Source = s.Source.ToString(), s.Applications, s.Interviewed, s.Hires, HireRate = Round(s.HireRate, 3) }));
                break;
            default:
                CsvText.Write(writer, model.PerOpening.Select(o => new { Opening = o.Title, Opened = DateOnly.FromDateTime(o.CreatedAtUtc), o.Applications, o.Hires,
                    AverageDaysToHire = Round(o.AverageDaysToHire, 1), OffersAccepted = o.Offers.Accepted, OffersDeclined = o.Offers.Declined,
                    OfferAcceptance = Round(o.Offers.AcceptanceRate, 3) }));
                break;
        }
        return writer.ToString();
    }

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;
}
