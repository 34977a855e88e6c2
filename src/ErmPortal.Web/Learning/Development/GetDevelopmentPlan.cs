using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Development;

/// <summary>
/// A person's development plan: goals, planned courses, who has agreed and who still has to, and the comments in the
/// order written. For the person, the managers above them and HR; anyone else is told it does not exist. Those who
/// develop someone else also see what is recommended to them.
/// </summary>
public static class GetDevelopmentPlan
{
    /// <summary>No employee: the viewer's own plan.</summary>
    public record Query(int? EmployeeId) : IRequest<Model>;

    public record Goal(int Id, string Title, string? Skill, DateOnly TargetDate, GoalStatus Status);
    public record PlannedCourseRow(int Id, int CourseId, string Title, DateOnly TargetDate);
    public record Comment(string Author, string Text, DateTime WrittenAtUtc);
    public record CourseOption(int Id, string Title);

    public record Model(int EmployeeId, string Person, string? Manager, bool IsOwn, Guid Version, IReadOnlyList<Goal> Goals, IReadOnlyList<PlannedCourseRow> Courses,
        IReadOnlyList<Comment> Comments, DateTime? EmployeeAgreedAtUtc, DateTime? ManagerAgreedAtUtc, IReadOnlyList<CourseOption> Catalog)
    {
        /// <summary>The viewer may agree as the person, or as their manager.</summary>
        public bool CanAgreeAsEmployee { get; init; }
        public bool CanAgreeAsManager { get; init; }
        public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];
        public bool IsEmpty => Goals.Count == 0 && Courses.Count == 0;
        public bool IsAgreed => EmployeeAgreedAtUtc is not null && ManagerAgreedAtUtc is not null;
    }

    public class Handler(ErmDbContext db, EmployeeAccess access, ICurrentUser user, RecommendationReader recommendations) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var employeeId = request.EmployeeId ?? user.EmployeeId ?? throw new NotFoundException();
            var viewer = await access.RequireAsync(employeeId, EmployeeOperations.ViewDevelopment, ct);
            var person = await db.Employees.Where(e => e.Id == employeeId).Select(e => new
            {
                Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName,
                Manager = e.Manager == null ? null : (e.Manager.PreferredName ?? e.Manager.LegalFirstName) + " " + e.Manager.LegalLastName,
                Plan = db.Set<DevelopmentPlan>().Where(p => p.EmployeeId == e.Id).Select(p => new { p.Id, p.Version, p.EmployeeAgreedAtUtc, p.ManagerAgreedAtUtc }).FirstOrDefault(),
            }).SingleAsync(ct);
            var planId = person.Plan?.Id ?? 0;
            var goals = await db.Set<DevelopmentGoal>().Where(g => g.PlanId == planId).OrderBy(g => g.Status).ThenBy(g => g.TargetDate)
                .Select(g => new Goal(g.Id, g.Title, g.Skill, g.TargetDate, g.Status)).ToListAsync(ct);
            var courses = await db.Set<PlannedCourse>().Where(c => c.PlanId == planId).OrderBy(c => c.TargetDate)
                .Select(c => new PlannedCourseRow(c.Id, c.CourseId, c.Course.Title, c.TargetDate)).ToListAsync(ct);
            var comments = await db.Set<DevelopmentComment>().Where(c => c.PlanId == planId).OrderBy(c => c.WrittenAtUtc).ThenBy(c => c.Id)
                .Select(c => new Comment((c.Author.PreferredName ?? c.Author.LegalFirstName) + " " + c.Author.LegalLastName, c.Text, c.WrittenAtUtc)).ToListAsync(ct);
            var catalog = await db.Set<Course>().Where(c => c.ArchivedAtUtc == null).OrderBy(c => c.Title)
                .Select(c => new CourseOption(c.Id, c.Title)).ToListAsync(ct);
            var own = viewer.Is(EmployeeRelation.Self);
            return new Model(employeeId, person.Name, person.Manager, own, person.Plan?.Version ?? Guid.Empty, goals, courses, comments,
                person.Plan?.EmployeeAgreedAtUtc, person.Plan?.ManagerAgreedAtUtc, catalog)
            {
                CanAgreeAsEmployee = own,
                CanAgreeAsManager = viewer.Is(EmployeeRelation.DirectManager),
                Recommendations = own ? [] : await recommendations.ForAsync(employeeId, RecommendationRanking.Shown, ct),
            };
        }
    }
}
