using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;

namespace ErmPortal.Web.Learning.Records;

/// <summary>HR's queue of training people recorded themselves, oldest first: each waits to be confirmed or refused.</summary>
public static class ListRecordsToConfirm
{
    public const int PageSize = 25;

    [RequireRole(Roles.Hr)]
    public record Query(int Page = 1) : IRequest<Page<Row>>;

    public record Row(int Id, int EmployeeId, string PersonName, string Title, string? Provider, DateOnly CompletedOn, decimal Hours, decimal Cost,
        string Currency, bool HasCertificate, DateOnly? ExpiresOn, DateTime RecordedAtUtc);

    /// <summary>Outside training still with HR, of people still here.</summary>
    public static IQueryable<TrainingRecord> Waiting(ErmDbContext db) => db.Set<TrainingRecord>()
        .Where(r => r.ConfirmedAtUtc == null && r.RefusedAtUtc == null && r.Source == TrainingRecordSource.SelfRecorded
                    && r.Employee.Status != Data.Organisation.EmployeeStatus.Left);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Page<Row>>
    {
        public Task<Page<Row>> Handle(Query request, CancellationToken ct) =>
            Waiting(db).OrderBy(r => r.RecordedAtUtc).ThenBy(r => r.Id).ToCappedPageAsync(rows => rows.Select(r => new Row(r.Id, r.EmployeeId,
                    (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName, r.Title, r.Provider, r.CompletedOn, r.Hours,
                    r.Cost, r.Currency, r.CertificateFileKey != null, r.CertificateExpiresOn, r.RecordedAtUtc)),
                request.Page, PageSize, ct);
    }
}
