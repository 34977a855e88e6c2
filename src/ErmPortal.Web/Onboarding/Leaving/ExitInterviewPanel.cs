using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Leaving;

/// <summary>"Exit interview" beside a leaver's profile, for HR only: whether it is recorded, and the way to record or change it.</summary>
public class ExitInterviewPanel(IMediator mediator) : ViewComponent
{
    public record Query(int EmployeeId) : IRequest<Model?>;

    public record Model(int EmployeeId, DateTime? RecordedAtUtc);

    public async Task<IViewComponentResult> InvokeAsync(ProfileSubject subject) =>
        subject.Is(EmployeeRelation.Hr) && await mediator.Send(new Query(subject.EmployeeId)) is { } model
            ? View("~/Onboarding/Leaving/ExitInterviewPanel.cshtml", model)
            : Content(string.Empty);

    /// <summary>Nothing for someone who is not leaving: there is no interview to hold yet.</summary>
    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model?>
    {
        public Task<Model?> Handle(Query request, CancellationToken ct) => db.Employees
            .Where(e => e.Id == request.EmployeeId && (e.Status == EmployeeStatus.Leaving || e.Status == EmployeeStatus.Left))
            .Select(e => new Model(e.Id, db.Set<ExitInterview>().Where(x => x.EmployeeId == e.Id).Select(x => (DateTime?)x.RecordedAtUtc).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
    }
}
