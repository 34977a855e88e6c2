using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.CheckIns;

/// <summary>
/// What the new hire and their manager said at 30, 60 and 90 days, side by side, for HR and the managers: the scores,
/// their words, and a flag on any low answer. The new hire does not read the manager's answers here.
/// </summary>
public static class GetPlanCheckIns
{
    public record Query(int PlanId) : IRequest<Model>;

    public record Answer(int Id, int DayMark, CheckInRespondent Respondent, string RespondentName, DateOnly DueDate, DateTime? AnsweredAtUtc,
        int? Settled, int? RoleClarity, int? Support, string? Comment, bool Flagged);

    public record Model(int PlanId, int EmployeeId, string PersonName, IReadOnlyList<Answer> Answers)
    {
        public IEnumerable<IGrouping<int, Answer>> ByDay => Answers.GroupBy(a => a.DayMark);
    }

    public class Handler(ErmDbContext db, PlanAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var plan = await access.RequireAsync(request.PlanId, PlanOperations.ReadCheckIns, ct);
            var person = await db.Employees.Where(e => e.Id == plan.EmployeeId)
                .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstAsync(ct);
            var answers = await db.Set<CheckIn>().Where(c => c.PlanId == request.PlanId)
                .OrderBy(c => c.DayMark).ThenBy(c => c.Respondent)
                .Join(db.Employees, c => c.RespondentId, e => e.Id, (c, e) => new Answer(c.Id, c.DayMark, c.Respondent,
                    (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, c.DueDate, c.SubmittedAtUtc, c.Settled, c.RoleClarity, c.Support,
                    c.Comment, c.Flagged))
                .ToListAsync(ct);
            return new Model(request.PlanId, plan.EmployeeId, person, answers);
        }
    }
}
