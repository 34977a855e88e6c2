using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>A template as it is now, or any earlier version of it read-only, with the history of its versions: when, by whom, how many tasks.</summary>
public static class GetTemplate
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id, int? Version) : IRequest<Model>;

    public record TaskLine(int Id, string Title, string? Instructions, TaskOwner Owner, int DueOffset, OffsetUnit DueUnit, string? DocumentName,
        IReadOnlyList<string> Questions, EmployeeDocumentType? RequestedDocument);

    public record Version(int Number, DateTime CreatedAtUtc, string? CreatedBy, int Tasks, int Plans);

    public record Model(int Id, string Name, JourneyKind Kind, string? Department, string? Position, DateTime? ArchivedAtUtc, int RunningPlans,
        Version Shown, IReadOnlyList<TaskLine> Tasks, IReadOnlyList<Version> History)
    {
        public bool IsLatest => Shown.Number == History[0].Number;
    }

    public class Handler(ErmDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var template = await db.Set<JourneyTemplate>().Where(t => t.Id == request.Id)
                .Select(t => new
                {
                    t.Id, t.Name, t.Kind, Department = t.Department == null ? null : t.Department.Name, Position = t.Position == null ? null : t.Position.Title,
                    t.ArchivedAtUtc, Running = db.Set<JourneyPlan>().Count(p => p.TemplateVersion!.TemplateId == t.Id && p.Status == PlanStatus.Running),
                }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            // Who made each version: the person behind the account, else the account's email (an account without a person).
            var history = await db.Set<TemplateVersion>().Where(v => v.TemplateId == request.Id).OrderByDescending(v => v.Number)
                .Select(v => new Version(v.Number, v.CreatedAtUtc,
                    db.Employees.Where(e => e.UserId == v.CreatedByUserId).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefault()
                    ?? db.Users.Where(u => u.Id == v.CreatedByUserId).Select(u => u.Email).FirstOrDefault(),
                    v.Tasks.Count, db.Set<JourneyPlan>().Count(p => p.TemplateVersionId == v.Id)))
                .ToListAsync(ct);
            var shown = history.FirstOrDefault(v => v.Number == (request.Version ?? history.FirstOrDefault()?.Number)) ?? throw new NotFoundException();
            var tasks = await db.Set<TemplateTask>()
                .Where(t => db.Set<TemplateVersion>().Any(v => v.Id == t.TemplateVersionId && v.TemplateId == request.Id && v.Number == shown.Number))
                .OrderBy(t => t.Order)
                .Select(t => new { t.Id, t.Title, t.Instructions, t.Owner, t.DueOffset, t.DueUnit, t.DocumentName, t.FormQuestions, t.RequestedDocument })
                .ToListAsync(ct);
            return new Model(template.Id, template.Name, template.Kind, template.Department, template.Position, template.ArchivedAtUtc, template.Running,
                shown, tasks.Select(t => new TaskLine(t.Id, t.Title, t.Instructions, t.Owner, t.DueOffset, t.DueUnit, t.DocumentName,
                    (t.FormQuestions ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), t.RequestedDocument)).ToList(),
                history);
        }
    }
}
