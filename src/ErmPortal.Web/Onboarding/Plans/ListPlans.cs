using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// HR's running plans, by anchor day, with each one's progress and overdue tasks (or the completed or cancelled ones, the
/// latest first): read in one statement for the page, whatever the number of plans, so the list stays fast with a
/// thousand journeys under way.
/// </summary>
public static class ListPlans
{
    public const int PageSize = 25;

    public record Query : IRequest<Model>
    {
        public PlanStatus Status { get; init; } = PlanStatus.Running;
        public JourneyKind? Kind { get; init; }
        public int? DepartmentId { get; init; }
        public string? Search { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Row(int Id, int EmployeeId, string Person, string Department, JourneyKind Kind, DateOnly AnchorDate, string? Template,
        string? Buddy, int Done, int Total, int Overdue)
    {
        /// <summary>Check-in answers with a low score: an early sign the person may not stay.</summary>
        public int Flagged { get; init; }

        public DateTime? EndedAtUtc { get; init; }

        public int Percent => Total == 0 ? 100 : Done * 100 / Total;
    }

    public record Model(Query Query, IReadOnlyList<Row> Plans, bool HasNext, IReadOnlyList<Lookup> Departments);

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var running = request.Status == PlanStatus.Running;
            var plans = db.Set<JourneyPlan>().Where(p => p.Status == request.Status);
            if (request.Kind is { } kind) plans = plans.Where(p => p.Kind == kind);
            if (request.DepartmentId is { } department) plans = plans.Where(p => p.Employee.DepartmentId == department);
            if (request.Search?.Trim() is { Length: > 0 } search)
            {
                var pattern = LikePattern.Containing(search);
                plans = plans.Where(p => EF.Functions.Like(p.Employee.LegalFirstName + " " + p.Employee.LegalLastName, pattern, LikePattern.Escape)
                                         || EF.Functions.Like((p.Employee.PreferredName ?? "") + " " + p.Employee.LegalLastName, pattern, LikePattern.Escape));
            }
            // Overdue is judged by each person's own calendar day, and no zone is more than a day from UTC. The statement
            // counts what is overdue everywhere (due before yesterday in UTC) and, apart, the tasks due on the two days a
            // zone may still be living or have left; each row's zone then decides about those two in memory. Exact, and one query.
            var utcToday = DateOnly.FromDateTime(clock.UtcNow);
            var yesterday = utcToday.AddDays(-1);
            var page = Math.Max(request.Page, 1);
            var ordered = running ? plans.OrderBy(p => p.AnchorDate).ThenBy(p => p.Id) : plans.OrderByDescending(p => p.AnchorDate).ThenByDescending(p => p.Id);
            var rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize + 1)
                .Select(p => new
                {
                    p.Id, p.EmployeeId, p.Employee.PreferredName, p.Employee.LegalFirstName, p.Employee.LegalLastName, Department = p.Employee.Department.Name,
                    p.Kind, p.AnchorDate, Template = p.TemplateVersion == null ? null : p.TemplateVersion.Template.Name,
                    Buddy = p.Buddy == null ? null : (p.Buddy.PreferredName ?? p.Buddy.LegalFirstName) + " " + p.Buddy.LegalLastName,
                    p.TimeZoneId,
                    Total = p.Tasks.Count,
                    Done = p.Tasks.Count(t => t.CompletedAtUtc != null),
                    Late = p.Tasks.Count(t => t.CompletedAtUtc == null && t.DueDate < yesterday),
                    DueYesterday = p.Tasks.Count(t => t.CompletedAtUtc == null && t.DueDate == yesterday),
                    DueToday = p.Tasks.Count(t => t.CompletedAtUtc == null && t.DueDate == utcToday),
                    Flagged = p.CheckIns.Count(c => c.Flagged),
                    p.EndedAtUtc,
                }).ToListAsync(ct);
            var now = clock.UtcNow;
            var shown = rows.Take(PageSize).Select(p =>
            {
                var today = JourneyPlan.LocalToday(p.TimeZoneId, now);
                // A plan that ended waits on nobody.
                var overdue = !running ? 0 : p.Late + (yesterday < today ? p.DueYesterday : 0) + (utcToday < today ? p.DueToday : 0);
                return new Row(p.Id, p.EmployeeId, PlanLabels.Name(p.PreferredName, p.LegalFirstName, p.LegalLastName), p.Department, p.Kind,
                    p.AnchorDate, p.Template, p.Buddy, p.Done, p.Total, overdue) { Flagged = p.Flagged, EndedAtUtc = p.EndedAtUtc };
            }).ToList();
            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new Lookup(d.Id, d.Name)).ToListAsync(ct);
            return new Model(request with { Page = page }, shown, rows.Count > PageSize, departments);
        }
    }
}
