using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>HR's templates by journey, each with who it is for, its latest version and the plans made from it; archived ones apart.</summary>
public static class ListTemplates
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Model>;

    public record Row(int Id, string Name, JourneyKind Kind, string? Department, string? Position, int Version, int Tasks, int RunningPlans,
        int AllPlans, DateTime? ArchivedAtUtc);

    public record Model(IReadOnlyList<Row> Templates)
    {
        public IEnumerable<Row> Active(JourneyKind kind) => Templates.Where(t => t.Kind == kind && t.ArchivedAtUtc is null);
        public IReadOnlyList<Row> Archived => Templates.Where(t => t.ArchivedAtUtc is not null).ToList();
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            // One query whatever the number of templates: the counts are subqueries of the same statement.
            var rows = await db.Set<JourneyTemplate>()
                .OrderBy(t => t.Name)
                .Select(t => new Row(t.Id, t.Name, t.Kind, t.Department == null ? null : t.Department.Name, t.Position == null ? null : t.Position.Title,
                    t.Versions.Max(v => (int?)v.Number) ?? 0,
                    t.Versions.OrderByDescending(v => v.Number).Select(v => v.Tasks.Count).FirstOrDefault(),
                    db.Set<JourneyPlan>().Count(p => p.TemplateVersion!.TemplateId == t.Id && p.Status == PlanStatus.Running),
                    db.Set<JourneyPlan>().Count(p => p.TemplateVersion!.TemplateId == t.Id),
                    t.ArchivedAtUtc))
                .ToListAsync(ct);
            return new Model(rows);
        }
    }
}
