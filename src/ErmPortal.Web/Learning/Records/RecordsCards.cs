using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// "Your training" on the person's home page: their own certifications expired or expiring (soonest first), and catalog
/// courses completed in the last month they have not rated yet, as an invitation to say how it was. Nothing when neither.
/// </summary>
public class MyTrainingCard(IMediator mediator) : ViewComponent
{
    public const int RateWithinDays = 30;

    public record Query : IRequest<Model>;

    public record Renewal(int RecordId, string Title, DateOnly ExpiresOn);

    public record ToRate(int RecordId, string Title, DateOnly CompletedOn);

    public record Model(DateOnly Today, IReadOnlyList<Renewal> Renewals, IReadOnlyList<ToRate> ToRate);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var model = await mediator.Send(new Query());
        return model.Renewals.Count + model.ToRate.Count > 0 ? View("~/Learning/Records/MyTrainingCard.cshtml", model) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var today = clock.Today;
            if (user.EmployeeId is not { } me) return new Model(today, [], []);
            var until = today.AddDays(Certifications.ExpiringWithinDays);
            var since = today.AddDays(-RateWithinDays);
            // A person's own records are a few dozen over a career: read once, in one statement, and sorted here.
            var mine = await Certifications.OfPerson(db, me).ToListAsync(ct);
            var renewals = Certifications.Current(mine.Select(r => r.Record).AsQueryable()).Where(r => r.CertificateExpiresOn <= until)
                .OrderBy(r => r.CertificateExpiresOn).Take(6).Select(r => new Renewal(r.Id, r.Title, r.CertificateExpiresOn!.Value)).ToList();
            var toRate = mine.Where(r => !r.Rated && r.Record.CourseId != null && r.Record.ConfirmedAtUtc != null && r.Record.CompletedOn >= since)
                .OrderByDescending(r => r.Record.CompletedOn).Take(4).Select(r => new ToRate(r.Record.Id, r.Record.Title, r.Record.CompletedOn)).ToList();
            return new Model(today, renewals, toRate);
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
