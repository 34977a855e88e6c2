using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// "My records" (and, for their managers and HR, a person's records): the training finished, newest first, with my certificates and how long they hold, outside training
/// still with HR or refused, my rating of each catalog course, and what the organisation invested in my learning each year.
/// </summary>
public static class ListMyRecords
{
    public const int PageSize = 25;

    /// <summary>
    /// No employee: the viewer's own records. <paramref name="RatedRecordId"/> is the record a rating sent back with a
    /// problem was for: someone else's is "not found", as the rating itself would be.
    /// </summary>
    public record Query(int? EmployeeId = null, int Page = 1, int? RatedRecordId = null) : IRequest<Model>;

    public record Row(int Id, string Title, string? Provider, int? CourseId, DateOnly CompletedOn, decimal Hours, decimal? Score, bool Passed,
        bool HasCertificate, DateOnly? ExpiresOn, bool Confirmed, bool Refused, string? RefusalReason, int? Rating, string? Comment);

    /// <summary>One year of counted training: passed and confirmed, what the employer paid for it.</summary>
    public record Year(int Number, int Trainings, decimal Hours, decimal Cost, string Currency);

    public record Model(int EmployeeId, bool IsMine, string? PersonName, DateOnly Today, Page<Row> Records, IReadOnlyList<Year> Years)
    {
        /// <summary>A rating sent back with a problem, shown on its record's form.</summary>
        public GiveFeedback.Command? Feedback { get; init; }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock, TrainingAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var me = request.EmployeeId ?? user.EmployeeId ?? throw new NotFoundException();
            await access.RequireAsync(me, TrainingOperations.View, ct);
            var isMine = me == user.EmployeeId;
            var name = isMine ? null : await db.Employees.Where(e => e.Id == me).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstAsync(ct);
            var mine = db.Set<TrainingRecord>().Where(r => r.EmployeeId == me);
            if (request.RatedRecordId is { } rated && !(isMine && await mine.AnyAsync(r => r.Id == rated, ct))) throw new NotFoundException();
            var page = await mine.OrderByDescending(r => r.CompletedOn).ThenByDescending(r => r.Id)
                .Select(r => new Row(r.Id, r.Title, r.Provider, r.CourseId, r.CompletedOn, r.Hours, r.Score, r.Passed, r.CertificateFileKey != null,
                    r.CertificateExpiresOn, r.ConfirmedAtUtc != null, r.RefusedAtUtc != null, r.RefusalReason,
                    db.Set<TrainingFeedback>().Where(f => f.TrainingRecordId == r.Id).Select(f => (int?)f.Rating).FirstOrDefault(),
                    db.Set<TrainingFeedback>().Where(f => f.TrainingRecordId == r.Id).Select(f => f.Comment).FirstOrDefault()))
                .ToPageAsync(request.Page, PageSize, ct);
            var years = await mine.Where(r => r.ConfirmedAtUtc != null && r.Passed)
                .GroupBy(r => new { r.CompletedOn.Year, r.Currency })
                .Select(g => new Year(g.Key.Year, g.Count(), g.Sum(r => r.Hours), g.Sum(r => r.Cost), g.Key.Currency))
                .ToListAsync(ct);
            return new Model(me, isMine, name, clock.Today, page, years.OrderByDescending(y => y.Number).ToList());
        }
    }
}
