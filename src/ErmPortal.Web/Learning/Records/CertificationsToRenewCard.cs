using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>"Certifications to renew" on the person's home page: their own expired or expiring certificates, soonest first. Nothing when none.</summary>
public class CertificationsToRenewCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<Model>;

    public record Line(int RecordId, string Title, DateOnly ExpiresOn);

    public record Model(DateOnly Today, IReadOnlyList<Line> Lines);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var model = await mediator.Send(new Query());
        return model.Lines.Count > 0 ? View("~/Learning/Records/CertificationsToRenewCard.cshtml", model) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var today = clock.Today;
            if (user.EmployeeId is not { } me) return new Model(today, []);
            var until = today.AddDays(Certifications.ExpiringWithinDays);
            var lines = await Certifications.Current(db.Set<TrainingRecord>()).Where(r => r.EmployeeId == me && r.CertificateExpiresOn <= until)
                .OrderBy(r => r.CertificateExpiresOn).Take(6)
                .Select(r => new Line(r.Id, r.Title, r.CertificateExpiresOn!.Value)).ToListAsync(ct);
            return new Model(today, lines);
        }
    }
}

/// <summary>
/// For managers and HR: how many certifications of the people they look after are expired or expire within two months,
/// with a link to the list. Nothing when none.
/// </summary>
public class ExpiringCertificationsCard(IMediator mediator) : ViewComponent
{
    public record Query : IRequest<Model>;

    public record Model(int Expired, int Expiring);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var model = await mediator.Send(new Query());
        return model.Expired + model.Expiring > 0 ? View("~/Learning/Records/ExpiringCertificationsCard.cshtml", model) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var today = clock.Today;
            var counts = await ListCertifications.ToRenew(db, user, today).GroupBy(_ => 1)
                .Select(g => new Model(g.Count(r => r.CertificateExpiresOn < today), g.Count(r => r.CertificateExpiresOn >= today)))
                .FirstOrDefaultAsync(ct);
            return counts ?? new Model(0, 0);
        }
    }
}

/// <summary>HR's count of outside training waiting for confirmation, oldest first on the list it links to. Nothing when none.</summary>
public class RecordsToConfirmCard(ErmDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var waiting = await ListRecordsToConfirm.Waiting(db).CountAsync(HttpContext.RequestAborted);
        return waiting > 0 ? View("~/Learning/Records/RecordsToConfirmCard.cshtml", waiting) : Content(string.Empty);
    }
}

/// <summary>Courses the person completed in the last month and has not rated yet: an invitation to say how it was.</summary>
public class RateTrainingCard(ErmDbContext db, ICurrentUser user, IClock clock) : ViewComponent
{
    public const int WithinDays = 30;

    public record Line(int RecordId, string Title, DateOnly CompletedOn);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (user.EmployeeId is not { } me) return Content(string.Empty);
        var since = clock.Today.AddDays(-WithinDays);
        var lines = await db.Set<TrainingRecord>()
            .Where(r => r.EmployeeId == me && r.CourseId != null && r.ConfirmedAtUtc != null && r.CompletedOn >= since
                        && !db.Set<TrainingFeedback>().Any(f => f.TrainingRecordId == r.Id))
            .OrderByDescending(r => r.CompletedOn).Take(4).Select(r => new Line(r.Id, r.Title, r.CompletedOn)).ToListAsync(HttpContext.RequestAborted);
        return lines.Count > 0 ? View("~/Learning/Records/RateTrainingCard.cshtml", lines) : Content(string.Empty);
    }
}
