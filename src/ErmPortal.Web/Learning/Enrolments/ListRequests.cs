using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>
/// Training requests: a manager sees those of their direct reports, HR everyone's, filtered and a page at a time, the
/// oldest waiting first. One statement for the rows, whatever their number.
/// </summary>
public static class ListRequests
{
    public const int PageSize = 25;

    public enum Show { Waiting, Decided }

    public record Query : IRequest<Model>
    {
        public Show Show { get; init; }
        public string? Search { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Row(int Id, int EmployeeId, string Person, string? Manager, int CourseId, string Course, DateTime? StartsAtUtc, string? TimeZoneId,
        string? Note, DateTime RequestedAtUtc, EnrolmentStatus Status, string? DecisionReason, DateTime? DecidedAtUtc);

    public record Model(Query Query, IReadOnlyList<Row> Rows, bool HasNext, bool IsHr);

    public class Handler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var hr = user.IsInRole(Roles.Hr);
            var page = Math.Max(request.Page, 1);
            var requests = db.Set<Enrolment>().Where(e => e.AssignedByUserId == null).Where(Deciders.CanDecide(user.EmployeeId, hr));
            requests = request.Show == Show.Waiting
                ? requests.Where(e => e.Status == EnrolmentStatus.Requested)
                : requests.Where(e => e.DecidedAtUtc != null);
            if (request.Search?.Trim() is { Length: > 0 } search)
            {
                var pattern = LikePattern.Containing(search);
                requests = requests.Where(e => EF.Functions.Like(e.Course.Title, pattern, LikePattern.Escape)
                                               || EF.Functions.Like(e.Employee.LegalFirstName + " " + e.Employee.LegalLastName, pattern, LikePattern.Escape)
                                               || EF.Functions.Like((e.Employee.PreferredName ?? "") + " " + e.Employee.LegalLastName, pattern, LikePattern.Escape));
            }
            var ordered = request.Show == Show.Waiting
                ? requests.OrderBy(e => e.RequestedAtUtc).ThenBy(e => e.Id)
                : requests.OrderByDescending(e => e.DecidedAtUtc).ThenByDescending(e => e.Id);
            var rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize + 1)
                .Select(e => new Row(e.Id, e.EmployeeId, (e.Employee.PreferredName ?? e.Employee.LegalFirstName) + " " + e.Employee.LegalLastName,
                    e.Employee.Manager == null ? null : (e.Employee.Manager.PreferredName ?? e.Employee.Manager.LegalFirstName) + " " + e.Employee.Manager.LegalLastName,
                    e.CourseId, e.Course.Title, e.Session == null ? null : e.Session.StartsAtUtc, e.Session == null ? null : e.Session.TimeZoneId,
                    e.RequestNote, e.RequestedAtUtc, e.Status, e.DecisionReason, e.DecidedAtUtc))
                .ToListAsync(ct);
            return new Model(request with { Page = page }, rows.Take(PageSize).ToList(), rows.Count > PageSize, hr);
        }
    }
}
