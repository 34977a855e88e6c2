using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// "Recruitment" on an employee's profile, for HR only: the candidate record the person was hired from or applied
/// internally with, and each of its applications, so what was learnt while recruiting stays one click away after the
/// hire. A manager does not see it: their report's internal applications are theirs to tell.
/// </summary>
public class CandidateRecordPanel(IMediator mediator) : ViewComponent
{
    public record Query(int EmployeeId) : IRequest<Model?>;

    public record Line(string OpeningTitle, string StageName, StageKind StageKind, DateTime AppliedAtUtc, bool IsInternal);

    public record Model(int CandidateId, IReadOnlyList<Line> Applications);

    public async Task<IViewComponentResult> InvokeAsync(ProfileSubject subject) =>
        subject.Is(EmployeeRelation.Hr) && await mediator.Send(new Query(subject.EmployeeId)) is { } model
            ? View("~/Recruitment/Pipeline/CandidateRecordPanel.cshtml", model)
            : Content(string.Empty);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model?>
    {
        /// <remarks>An employee has one candidate record (applying internally reuses it); an erased one is no longer theirs.</remarks>
        public async Task<Model?> Handle(Query request, CancellationToken ct) =>
            await db.Set<Candidate>().Where(c => c.EmployeeId == request.EmployeeId && c.AnonymisedAtUtc == null)
                .OrderBy(c => c.Id)
                .Select(c => new Model(c.Id, c.Applications.OrderByDescending(a => a.AppliedAtUtc)
                    .Select(a => new Line(a.Opening.Title, a.Stage.Name, a.Stage.Kind, a.AppliedAtUtc, a.IsInternal)).ToList()))
                .FirstOrDefaultAsync(ct);
    }
}
