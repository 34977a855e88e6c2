using System.Text;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Leaving;

/// <summary>
/// HR's exit interviews: why people left over the last twelve months and how many would come back, above every interview
/// recorded, newest first. The same rows download as CSV for the retention analysis done elsewhere.
/// </summary>
public static class ListExitInterviews
{
    public const int Months = 12;

    [RequireRole(Roles.Hr)]
    public record Query(int Page = 1) : IRequest<Model>;

    public record Row(int EmployeeId, string Name, DateOnly? LastDay, LeavingReasons Reasons, WouldReturn WouldReturn, string? Comments, DateTime RecordedAtUtc);

    public record ReasonCount(LeavingReasons Reason, int Count);

    public record Summary(int Total, IReadOnlyList<ReasonCount> Reasons, int Yes, int Maybe, int No)
    {
        public double Share(int count) => Total == 0 ? 0 : (double)count / Total;
    }

    public record Model(Summary LastMonths, Page<Row> Interviews);

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var since = clock.UtcNow.AddMonths(-Months);
            // Two small columns a row, for a year of leavers: counted here, as one flag column holds several reasons.
            var answers = await db.Set<ExitInterview>().Where(x => x.RecordedAtUtc >= since)
                .Select(x => new { x.Reasons, x.WouldReturn }).ToListAsync(ct);
            var summary = new Summary(answers.Count,
                LeavingLabels.Reasons.Select(r => new ReasonCount(r, answers.Count(a => a.Reasons.HasFlag(r)))).ToList(),
                answers.Count(a => a.WouldReturn == WouldReturn.Yes), answers.Count(a => a.WouldReturn == WouldReturn.Maybe),
                answers.Count(a => a.WouldReturn == WouldReturn.No));
            var page = await Rows(db).ToPageAsync(request.Page, PagingExtensions.DefaultPageSize, ct);
            return new Model(summary, page);
        }
    }

    public static IQueryable<Row> Rows(ErmDbContext db) => db.Set<ExitInterview>()
        .OrderByDescending(x => x.RecordedAtUtc).ThenByDescending(x => x.Id)
        .Select(x => new Row(x.EmployeeId, (x.Employee.PreferredName ?? x.Employee.LegalFirstName) + " " + x.Employee.LegalLastName,
            x.Employee.LastDay, x.Reasons, x.WouldReturn, x.Comments, x.RecordedAtUtc));
}

/// <summary>Every exit interview as CSV, each cell safe to open in a spreadsheet (a leaver's words may start with "=").</summary>
public static class ExportExitInterviews
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<byte[]>;

    public class Handler(ErmDbContext db) : IRequestHandler<Query, byte[]>
    {
        public async Task<byte[]> Handle(Query request, CancellationToken ct)
        {
            var rows = await ListExitInterviews.Rows(db).ToListAsync(ct);
            using var writer = new StringWriter();
            CsvText.Write(writer, rows.Select(r => new
            {
                Employee = r.Name, r.LastDay,
                Reasons = string.Join("; ", LeavingLabels.Split(r.Reasons).Select(LeavingLabels.Of)),
                WouldReturn = LeavingLabels.Of(r.WouldReturn), r.Comments, Recorded = r.RecordedAtUtc,
            }));
            return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        }
    }
}
