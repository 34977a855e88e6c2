using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// Certifications to renew: expired, or expiring within <see cref="Certifications.ExpiringWithinDays"/> days, and not
/// replaced by a later completion. HR sees everyone; a manager the people below them, however deep. Soonest first,
/// narrowed to expired or expiring and to a department.
/// </summary>
public static class ListCertifications
{
    public const int PageSize = 25;

    public enum Show { All, Expired, Expiring }

    [RequireRole(Roles.Hr, Roles.Manager)]
    public record Query : IRequest<Model>
    {
        public Show Show { get; init; }
        public int? DepartmentId { get; init; }
        public int Page { get; init; } = 1;
    }

    public record Row(int RecordId, int EmployeeId, string PersonName, string Department, string Title, DateOnly CompletedOn, DateOnly ExpiresOn, bool HasCertificate);

    public record Department(int Id, string Name);

    public record Model(Query Query, DateOnly Today, Page<Row> Certifications, IReadOnlyList<Department> Departments);

    /// <summary>Current certificates to renew by the day, of people still here whom the viewer may see.</summary>
    public static IQueryable<TrainingRecord> ToRenew(ErmDbContext db, ICurrentUser user, DateOnly today)
    {
        var until = today.AddDays(Certifications.ExpiringWithinDays);
        var records = Certifications.Current(db.Set<TrainingRecord>())
            .Where(r => r.CertificateExpiresOn <= until && r.Employee.Status != EmployeeStatus.Left);
        if (user.IsInRole(Roles.Hr)) return records;
        if (user.EmployeeId is not { } me) return records.Where(_ => false);
        var below = db.Below(me).Select(s => s.Id);
        return records.Where(r => below.Contains(r.EmployeeId));
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var today = clock.Today;
            var records = ToRenew(db, user, today);
            records = request.Show switch
            {
                Show.Expired => records.Where(r => r.CertificateExpiresOn < today),
                Show.Expiring => records.Where(r => r.CertificateExpiresOn >= today),
                _ => records,
            };
            if (request.DepartmentId is { } departmentId) records = records.Where(r => r.Employee.DepartmentId == departmentId);
            var page = await records.OrderBy(r => r.CertificateExpiresOn).ThenBy(r => r.Id).ToCappedPageAsync(rows => rows.Select(r => new Row(r.Id, r.EmployeeId,
                    (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName, r.Employee.Department.Name, r.Title,
                    r.CompletedOn, r.CertificateExpiresOn!.Value, r.CertificateFileKey != null)),
                request.Page, PageSize, ct);
            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new Department(d.Id, d.Name)).ToListAsync(ct);
            return new Model(request, today, page, departments);
        }
    }
}
