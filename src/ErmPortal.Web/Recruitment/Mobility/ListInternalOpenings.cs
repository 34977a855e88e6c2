using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Mobility;

/// <summary>
/// The jobs an employee may move to: every published opening, those for employees only among them, newest first and
/// searchable by title, department or location; beside each, the employee's own application to it if there is one.
/// Above the list, the employee's internal applications and where they stand.
/// </summary>
public static class ListInternalOpenings
{
    public const int PageSize = 20;

    /// <summary>An employee has a handful of internal applications in a career; the newest this many are shown.</summary>
    public const int ApplicationsShown = 20;

    public record Query : IRequest<Model>
    {
        public string? Search { get; init; }
        public int Page { get; init; } = 1;
    }

    /// <summary><see cref="OnHiringTeam"/>: the viewer hires or interviews for it, so it is not theirs to apply to.</summary>
    public record Row(int Id, string Title, string DepartmentName, string LocationName, EmploymentType EmploymentType, OpeningAudience Audience,
        DateTime? PublishedAtUtc, bool OnHiringTeam, MyApplication? Application);

    public record ApplicationRow(int OpeningId, string OpeningTitle, bool OpeningPublished, MyApplication Application);

    /// <summary><see cref="IsEmployee"/>: an account without an employee record (an administrator's) can read but not apply.</summary>
    public record Model(Query Query, Page<Row> Openings, IReadOnlyList<ApplicationRow> MyApplications, bool IsEmployee);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var me = user.EmployeeId;
            var openings = db.Set<Opening>().Where(o => o.Status == OpeningStatus.Published);
            if (!string.IsNullOrWhiteSpace(request.Search))
            {
                // instr() on lower-cased text: what was typed is looked for as itself, % and _ included, whatever its case.
                var term = request.Search.Trim().ToLower();
                openings = openings.Where(o => o.Title.ToLower().Contains(term) || o.Department.Name.ToLower().Contains(term)
                                               || o.Location.Name.ToLower().Contains(term));
            }
            var mine = db.Set<JobApplication>().Where(a => me != null && a.Candidate.EmployeeId == me);
            var page = await openings.OrderByDescending(o => o.PublishedAtUtc).ThenByDescending(o => o.Id).ToCappedPageAsync(
                rows => rows.Select(o => new Row(o.Id, o.Title, o.Department.Name, o.Location.Name, o.EmploymentType, o.Audience, o.PublishedAtUtc,
                    o.HiringManagerId == me || o.Interviewers.Any(i => i.EmployeeId == me),
                    mine.Where(a => a.OpeningId == o.Id)
                        .Select(a => new MyApplication(a.Stage.Name, a.Stage.Kind, a.AppliedAtUtc, a.StageEnteredAtUtc)).FirstOrDefault())),
                request.Page, PageSize, ct);
            var applications = me is null ? [] : await mine.Where(a => a.IsInternal)
                .OrderByDescending(a => a.AppliedAtUtc).ThenByDescending(a => a.Id).Take(ApplicationsShown)
                .Select(a => new ApplicationRow(a.OpeningId, a.Opening.Title, a.Opening.Status == OpeningStatus.Published,
                    new MyApplication(a.Stage.Name, a.Stage.Kind, a.AppliedAtUtc, a.StageEnteredAtUtc)))
                .ToListAsync(ct);
            return new Model(request, page, applications, me is not null);
        }
    }
}
