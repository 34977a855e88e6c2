using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>
/// HR edits a template. Changed tasks become a new version: plans already running keep the version they were made from,
/// so nothing a new hire or a manager is working through changes under them. A form opened before someone else saved is
/// refused rather than silently replacing their version.
/// </summary>
public static class EditTemplate
{
    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public record Command : TemplateForm, ICommand
    {
        [BindNever]
        public int Id { get; set; }
        /// <summary>The template's version when the form was opened; another in the database means someone saved in between.</summary>
        public Guid Version { get; set; }
    }

    public class Validator(ErmDbContext db) : TemplateFormValidator<Command>(db);

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            var template = await db.Set<JourneyTemplate>().Where(t => t.Id == request.Id).Select(t => new
            {
                Command = new Command
                {
                    Id = t.Id, Version = t.Version, Name = t.Name, Kind = t.Kind, DepartmentId = t.DepartmentId, PositionId = t.PositionId,
                },
                Latest = t.Versions.Max(v => v.Number),
            }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var command = template.Command;
            command.Tasks = await db.Set<TemplateTask>()
                .Where(task => db.Set<TemplateVersion>().Any(v => v.Id == task.TemplateVersionId && v.TemplateId == request.Id && v.Number == template.Latest))
                .OrderBy(task => task.Order)
                .Select(task => new TaskRow
                {
                    Order = task.Order + 1, Title = task.Title, Instructions = task.Instructions, Owner = task.Owner, DueOffset = task.DueOffset,
                    DueUnit = task.DueUnit, DocumentKey = task.DocumentKey, DocumentName = task.DocumentName, FormQuestions = task.FormQuestions,
                    RequestedDocument = task.RequestedDocument,
                }).ToListAsync(ct);
            return command;
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock, TemplateDocument documents) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var template = await db.Set<JourneyTemplate>().FirstOrDefaultAsync(t => t.Id == request.Id, ct) ?? throw new NotFoundException();
            if (template.Version != request.Version)
                throw new ConcurrencyConflictException(
                    "Someone else saved this template after you opened the form. Look at its latest version in the history; save again to make yours the next version.",
                    null, template.Version);
            // EF also checks the version in the UPDATE, for a save that lands between this read and ours.
            db.Entry(template).Property(t => t.Version).OriginalValue = request.Version;
            // The latest version only: Revise numbers the next one after it.
            var current = await db.Set<TemplateVersion>().Include(v => v.Tasks).Where(v => v.TemplateId == template.Id)
                .OrderByDescending(v => v.Number).FirstAsync(ct);
            var documentsBefore = await db.Set<TemplateTask>()
                .Where(t => t.DocumentKey != null && db.Set<TemplateVersion>().Any(v => v.Id == t.TemplateVersionId && v.TemplateId == template.Id))
                .Select(t => new { t.DocumentKey, t.DocumentName }).Distinct().ToListAsync(ct);

            var tasks = await request.ToTasksAsync(documentsBefore.DistinctBy(d => d.DocumentKey).ToDictionary(d => d.DocumentKey!, d => d.DocumentName ?? ""), documents, ct);
            if (!SameTasks(current.Tasks.OrderBy(t => t.Order).ToList(), tasks)) template.Revise(tasks, user.UserId ?? "", clock.UtcNow);
            template.Name = request.Name.Trim();
            template.DepartmentId = request.DepartmentId;
            template.PositionId = request.PositionId;
            // A new version alone leaves the template's row as it was; the stamp must still change, for the next stale form.
            template.Version = Guid.NewGuid();
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else saved this template while you were saving. Open it again to see the latest version.");
            }
            return Unit.Value;
        }

        /// <summary>A save that changes only the name or who the template is for adds no version: the tasks are what versions keep.</summary>
        private static bool SameTasks(IReadOnlyList<TemplateTask> before, IReadOnlyList<TemplateTask> after) =>
            before.Count == after.Count && before.Zip(after).All(p =>
                (p.First.Title, p.First.Instructions, p.First.Owner, p.First.DueOffset, p.First.DueUnit, p.First.DocumentKey, p.First.FormQuestions, p.First.RequestedDocument)
                == (p.Second.Title, p.Second.Instructions, p.Second.Owner, p.Second.DueOffset, p.Second.DueUnit, p.Second.DocumentKey, p.Second.FormQuestions, p.Second.RequestedDocument));
    }
}
