using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Documents;

/// <summary>"Documents" beside the profile, for the person and HR: how many there are, which expire soon, and what a plan asks for.</summary>
public class DocumentsPanel(IMediator mediator) : ViewComponent
{
    public record Query(int EmployeeId, bool HrOnly) : IRequest<Model>;

    public record Model(int EmployeeId, int Count, int ExpiringSoon, int Requested);

    public async Task<IViewComponentResult> InvokeAsync(ProfileSubject subject) =>
        subject.Is(EmployeeRelation.Self) || subject.Is(EmployeeRelation.Hr)
            ? View("~/Onboarding/Documents/DocumentsPanel.cshtml", await mediator.Send(new Query(subject.EmployeeId, subject.Is(EmployeeRelation.Hr))))
            : Content(string.Empty);

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var soon = clock.Today.AddDays(GetEmployeeDocuments.ExpiringWithinDays);
            var documents = GetEmployeeDocuments.VisibleTo(db.Set<EmployeeDocument>(), request.HrOnly);
            var requested = RequestedDocuments.Open(db, request.EmployeeId);
            // One command for the three figures: the profile reads many panels, each should cost one.
            return await db.Employees.Where(e => e.Id == request.EmployeeId)
                .Select(e => new Model(e.Id, documents.Count(d => d.EmployeeId == e.Id),
                    documents.Count(d => d.EmployeeId == e.Id && d.ExpiresOn != null && d.ExpiresOn <= soon), requested.Count()))
                .FirstAsync(ct);
        }
    }
}
