using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Openings;

/// <summary>
/// HR turns an approved requisition into an opening: what the careers page will say, who hires and who interviews.
/// It starts as a draft with the default stages; one requisition makes one opening.
/// </summary>
public static class CreateOpening
{
    /// <summary>The form for one requisition, or (without one) the approved requisitions still waiting for an opening.</summary>
    [RequireRole(Roles.Hr)]
    public record Query(int? RequisitionId) : IRequest<Model>;

    public record Waiting(int Id, string PositionTitle, string DepartmentName, string LocationName, int Headcount, string RequestedBy, DateTime? ApprovedAtUtc);

    /// <summary>
    /// The form for the chosen requisition; or the requisitions to choose from; or why the chosen one cannot become an
    /// opening (<see cref="Refusal"/>, an English text), or the opening it already has.
    /// </summary>
    public record Model(Command? Form, IReadOnlyList<Waiting> Requisitions, string? Refusal = null, int? ExistingOpeningId = null);

    [RequireRole(Roles.Hr)]
    public record Command : OpeningForm, ICommand<int>
    {
        public int RequisitionId { get; set; }
    }

    public class Validator(ErmDbContext db) : OpeningFormValidator<Command>(db);

    private const int MaxWaiting = 50;

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            if (request.RequisitionId is not { } id)
            {
                var waiting = await db.Set<Requisition>()
                    .Where(r => r.Status == RequisitionStatus.Approved && !db.Set<Opening>().Any(o => o.RequisitionId == r.Id))
                    .OrderBy(r => r.DecidedAtUtc).ThenBy(r => r.Id).Take(MaxWaiting)
                    .Select(r => new Waiting(r.Id, r.Position.Title, r.Department.Name, r.Location.Name, r.Headcount,
                        (r.RequestedBy.PreferredName ?? r.RequestedBy.LegalFirstName) + " " + r.RequestedBy.LegalLastName, r.DecidedAtUtc))
                    .ToListAsync(ct);
                return new Model(null, waiting);
            }
            var requisition = await db.Set<Requisition>().Where(r => r.Id == id)
                .Select(r => new { r.Status, r.Position.Title, Summary = r.Position.Title + " · " + r.Department.Name + " · " + r.Location.Name,
                    r.RequestedBy.WorkEmail, r.RequestedBy.EmploymentType,
                    Opening = db.Set<Opening>().Where(o => o.RequisitionId == r.Id).Select(o => (int?)o.Id).FirstOrDefault() })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            if (requisition.Opening is { } opened) return new Model(null, [], ExistingOpeningId: opened);
            if (requisition.Status != RequisitionStatus.Approved) return new Model(null, [], "Only an approved requisition can become an opening.");
            return new Model(new Command
            {
                RequisitionId = id, Title = requisition.Title, HiringManagerEmail = requisition.WorkEmail,
                EmploymentType = requisition.EmploymentType, RequisitionSummary = requisition.Summary,
            }, []);
        }
    }

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var requisition = await db.Set<Requisition>().FirstOrDefaultAsync(r => r.Id == request.RequisitionId, ct) ?? throw new NotFoundException();
            if (await db.Set<Opening>().AnyAsync(o => o.RequisitionId == requisition.Id, ct))
                throw new DomainRuleException("", "This requisition already has its opening.");
            var (hiringManagerId, interviewerIds) = await OpeningPeople.ResolveAsync(db, request, ct);
            var opening = Opening.FromRequisition(requisition, request.Title.Trim(), hiringManagerId, clock.UtcNow);
            opening.DescriptionHtml = FormattedText.Sanitize(request.DescriptionHtml);
            opening.RequiredSkills = request.TidySkills();
            opening.EmploymentType = request.EmploymentType;
            opening.Audience = request.Audience;
            opening.SetInterviewers(interviewerIds);
            db.Set<Opening>().Add(opening);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException)
            {
                // Two HR people opening the same requisition at once: the unique index lets one through.
                db.ChangeTracker.Clear();
                if (await db.Set<Opening>().AnyAsync(o => o.RequisitionId == request.RequisitionId, ct))
                    throw new DomainRuleException("", "This requisition already has its opening.");
                throw;
            }
            return opening.Id;
        }
    }
}
