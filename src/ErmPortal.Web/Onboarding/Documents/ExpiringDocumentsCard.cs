using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Documents;

/// <summary>
/// "Documents to renew" on HR's home page: papers of current staff that expired or expire within the month, soonest first,
/// until a newer one replaces them. Nothing when none does.
/// </summary>
public class ExpiringDocumentsCard(IMediator mediator) : ViewComponent
{
    public const int Shown = 6;

    public record Query : IRequest<Model>;

    public record Line(int EmployeeId, string PersonName, EmployeeDocumentType Type, string Title, DateOnly ExpiresOn);

    public record Model(DateOnly Today, IReadOnlyList<Line> Lines, int Total);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var model = await mediator.Send(new Query());
        return model.Lines.Count > 0 ? View("~/Onboarding/Documents/ExpiringDocumentsCard.cshtml", model) : Content(string.Empty);
    }

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var today = clock.Today;
            var until = today.AddDays(GetEmployeeDocuments.ExpiringWithinDays);
            var due = ToRenew(db).Where(d => d.ExpiresOn <= until);
            // The total rides along on each row: one statement for the card.
            var rows = await due.OrderBy(d => d.ExpiresOn).ThenBy(d => d.Id).Take(Shown)
                .Select(d => new
                {
                    Line = new Line(d.EmployeeId, (d.Employee.PreferredName ?? d.Employee.LegalFirstName) + " " + d.Employee.LegalLastName,
                        d.Type, d.Title, d.ExpiresOn!.Value),
                    Total = due.Count(),
                })
                .ToListAsync(ct);
            return new Model(today, rows.Select(r => r.Line).ToList(), rows.FirstOrDefault()?.Total ?? 0);
        }
    }

    /// <summary>
    /// Documents with an expiry date of people still here, not yet replaced by a later-expiring one of the same type and
    /// title: a passport renewed before the old one ran out needs nothing more, while two different certificates both count.
    /// </summary>
    public static IQueryable<EmployeeDocument> ToRenew(ErmDbContext db) => db.Set<EmployeeDocument>()
        .Where(d => d.ExpiresOn != null && d.Employee.Status != EmployeeStatus.Left
                    && !db.Set<EmployeeDocument>().Any(newer => newer.EmployeeId == d.EmployeeId && newer.Type == d.Type
                                                                   && newer.Title.ToLower() == d.Title.ToLower() && newer.ExpiresOn > d.ExpiresOn));
}
