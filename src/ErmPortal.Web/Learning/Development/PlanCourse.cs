using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Development;

/// <summary>
/// A catalog course is planned by a day, from the plan's page or from a recommendation, or taken off the plan. The
/// plan changed, so both agreements are cleared and the other side asked.
/// </summary>
public static class PlanCourse
{
    /// <summary>How far ahead a course added from a recommendation is planned, until someone sets another day.</summary>
    public const int DefaultMonths = 3;

    public record Command : ICommand
    {
        public int EmployeeId { get; set; }
        /// <summary>The plan's version when the form was opened; none from a recommendation, which adds without replacing anything.</summary>
        public Guid? Version { get; init; }
        public int CourseId { get; set; }
        public DateOnly? TargetDate { get; init; }
    }

    public record Remove(int EmployeeId, int PlannedCourseId, Guid Version) : ICommand;

    public class Handler(DevelopmentPlans plans, ErmDbContext db, IClock clock) : IRequestHandler<Command, Unit>, IRequestHandler<Remove, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var (_, plan) = await plans.OpenAsync(request.EmployeeId, request.Version, ct);
            if (!await db.Set<Course>().AnyAsync(c => c.Id == request.CourseId && c.ArchivedAtUtc == null, ct))
                throw new DomainRuleException(nameof(Command.CourseId), "Choose a course of the catalog.");
            if (plan.Courses.Any(c => c.CourseId == request.CourseId)) return Unit.Value;
            plan.Courses.Add(new PlannedCourse
            {
                CourseId = request.CourseId, TargetDate = request.TargetDate ?? DateOnly.FromDateTime(clock.UtcNow).AddMonths(DefaultMonths),
            });
            await plans.ChangedAsync(plan, ct);
            await plans.SaveAsync(ct);
            return Unit.Value;
        }

        public async Task<Unit> Handle(Remove request, CancellationToken ct)
        {
            var (_, plan) = await plans.OpenAsync(request.EmployeeId, request.Version, ct);
            plan.Courses.Remove(plan.Courses.FirstOrDefault(c => c.Id == request.PlannedCourseId) ?? throw new NotFoundException());
            await plans.ChangedAsync(plan, ct);
            await plans.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
