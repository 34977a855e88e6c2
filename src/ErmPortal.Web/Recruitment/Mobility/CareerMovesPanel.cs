using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Mobility;

/// <summary>
/// "Career moves" on a person's own profile, beside their aspirations: how many jobs are open inside the organisation,
/// the way to apply with the profile, and the internal applications still running. Nobody else sees it on the profile.
/// </summary>
public class CareerMovesPanel(IMediator mediator) : ViewComponent
{
    /// <summary>Running applications listed on the profile; the internal openings page lists them all.</summary>
    public const int Shown = 3;

    public record Query(int EmployeeId) : IRequest<Model>;

    public record Running(int OpeningId, string OpeningTitle, MyApplication Application);

    public record Model(int OpenCount, IReadOnlyList<Running> Applications);

    public async Task<IViewComponentResult> InvokeAsync(ProfileSubject subject) =>
        subject.Is(EmployeeRelation.Self)
            ? View("~/Recruitment/Mobility/CareerMovesPanel.cshtml", await mediator.Send(new Query(subject.EmployeeId)))
            : Content(string.Empty);

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var open = await db.Set<Opening>().CountAsync(o => o.Status == OpeningStatus.Published, ct);
            var running = await db.Set<JobApplication>()
                .Where(a => a.IsInternal && a.Candidate.EmployeeId == request.EmployeeId && a.EndedAtUtc == null)
                .OrderByDescending(a => a.AppliedAtUtc).ThenByDescending(a => a.Id).Take(Shown)
                .Select(a => new Running(a.OpeningId, a.Opening.Title, new MyApplication(a.Stage.Name, a.Stage.Kind, a.AppliedAtUtc, a.StageEnteredAtUtc)))
                .ToListAsync(ct);
            return new Model(open, running);
        }
    }
}
