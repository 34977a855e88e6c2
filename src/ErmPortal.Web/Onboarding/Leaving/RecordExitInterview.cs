using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Leaving;

/// <summary>
/// HR records what a leaver said in the exit interview: why they leave, whether they would come back, their words. One per
/// person: recording again updates it. Only for someone whose departure is recorded; only HR ever reads it.
/// </summary>
public static class RecordExitInterview
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public record Command : ICommand
    {
        public int Id { get; set; }
        public string? EmployeeName { get; set; }
        public DateOnly? LastDay { get; set; }
        /// <summary>When one was recorded already, so the form says it edits it.</summary>
        public DateTime? RecordedAtUtc { get; set; }
        public List<LeavingReasons> Reasons { get; set; } = [];
        public WouldReturn? WouldReturn { get; set; }
        public string? Comments { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reasons).NotEmpty().WithMessage("Tick at least one reason for leaving.");
            RuleForEach(c => c.Reasons).Must(r => LeavingLabels.Reasons.Contains(r)).WithMessage("Tick at least one reason for leaving.");
            RuleFor(c => c.WouldReturn).NotNull().WithMessage("Say whether they would come back.").IsInEnum();
            RuleFor(c => c.Comments).MaximumLength(4000);
        }
    }

    /// <summary>The person, when they are leaving or have left; anyone else has no exit interview to record.</summary>
    private static IQueryable<Employee> Leaver(ErmDbContext db, int id) =>
        db.Employees.Where(e => e.Id == id && (e.Status == EmployeeStatus.Leaving || e.Status == EmployeeStatus.Left));

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            var command = await Leaver(db, request.Id)
                .Select(e => new Command { Id = e.Id, EmployeeName = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, LastDay = e.LastDay })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var recorded = await db.Set<ExitInterview>().Where(x => x.EmployeeId == request.Id)
                .Select(x => new { x.Reasons, x.WouldReturn, x.Comments, x.RecordedAtUtc }).FirstOrDefaultAsync(ct);
            if (recorded is null) return command;
            command.Reasons = LeavingLabels.Split(recorded.Reasons).ToList();
            command.WouldReturn = recorded.WouldReturn;
            command.Comments = recorded.Comments;
            command.RecordedAtUtc = recorded.RecordedAtUtc;
            return command;
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            if (!await Leaver(db, request.Id).AnyAsync(ct)) throw new NotFoundException();
            var interview = await db.Set<ExitInterview>().FirstOrDefaultAsync(x => x.EmployeeId == request.Id, ct);
            if (interview is null)
            {
                interview = new ExitInterview { EmployeeId = request.Id };
                db.Add(interview);
            }
            // The offboarding plan it belongs to, when there is one, for the retention figures to come.
            interview.PlanId = await db.Set<JourneyPlan>().Where(p => p.EmployeeId == request.Id && p.Kind == JourneyKind.Offboarding)
                .OrderByDescending(p => p.StartedAtUtc).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            interview.Reasons = request.Reasons.Aggregate(LeavingReasons.None, (all, reason) => all | reason);
            interview.WouldReturn = request.WouldReturn!.Value;
            interview.Comments = string.IsNullOrWhiteSpace(request.Comments) ? null : request.Comments.Trim();
            interview.RecordedAtUtc = clock.UtcNow;
            interview.RecordedByUserId = user.UserId ?? "";
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
