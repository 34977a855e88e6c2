using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// A person's plan: who it is about, how far it has come, and its tasks by urgency in the person's own calendar. The
/// person, their managers and HR see every task; a buddy or a colleague given a task sees only their own. HR manages it here.
/// </summary>
public static class GetPlan
{
    /// <summary>Tasks due within this many days are "due soon" on the page.</summary>
    public const int SoonDays = 7;

    public record Query(int Id) : IRequest<Model>;

    public enum TaskGroup { Overdue, DueSoon, Later, Done }

    public record TaskRow(int Id, string Title, string? Instructions, TaskOwner Owner, int? AssigneeId, string? Assignee, DateOnly DueDate,
        DateTime? CompletedAtUtc, DateTime? AcknowledgedAtUtc, string? AcknowledgedBy, string? DocumentName, bool HasDocument, IReadOnlyList<string> Questions,
        IReadOnlyList<string> Answers, bool RequestsDocument, bool CanComplete, TaskGroup Group);

    public record Model(int Id, int EmployeeId, string Person, string Position, string Department, bool HasPhoto, JourneyKind Kind, PlanStatus Status,
        DateOnly AnchorDate, string? Template, int? BuddyId, string? Buddy, Guid Version, bool SeesAll, bool CanManage,
        IReadOnlyList<TaskRow> Tasks, IReadOnlyList<Lookup> People, IReadOnlyList<BuddySuggestions.Suggestion> Buddies)
    {
        /// <summary>The viewer reads the check-in answers (HR, the person's managers): the page links to them.</summary>
        public bool ReadsCheckIns { get; init; }

        public int Done => Tasks.Count(t => t.Group == TaskGroup.Done);
        public int Percent => Tasks.Count == 0 ? 100 : Done * 100 / Tasks.Count;
        public bool Running => Status == PlanStatus.Running;
    }

    public class Handler(ErmDbContext db, PlanAccess access, ICurrentUser user, IClock clock, BuddySuggestions buddies,
        IOptions<OnboardingOptions> options) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var viewer = await access.RequireAsync(request.Id, PlanOperations.View, ct);
            var seesAll = await access.CanAsync(viewer, PlanOperations.ViewAll);
            var canManage = await access.CanAsync(viewer, PlanOperations.Manage);
            var readsCheckIns = await access.CanAsync(viewer, PlanOperations.ReadCheckIns);
            var me = user.EmployeeId;
            var plan = await db.Set<JourneyPlan>().Where(p => p.Id == request.Id).Select(p => new
            {
                p.Id, p.EmployeeId, p.Employee.PreferredName, p.Employee.LegalFirstName, p.Employee.LegalLastName, Position = p.Employee.Position.Title,
                Department = p.Employee.Department.Name, p.Employee.DepartmentId, p.Employee.ManagerId, HasPhoto = p.Employee.PhotoKey != null,
                p.Kind, p.Status, p.AnchorDate, p.TimeZoneId, p.BuddyId, p.Version,
                Template = p.TemplateVersion == null ? null : p.TemplateVersion.Template.Name,
                Buddy = p.Buddy == null ? null : (p.Buddy.PreferredName ?? p.Buddy.LegalFirstName) + " " + p.Buddy.LegalLastName,
            }).SingleAsync(ct);
            var tasks = await db.Set<PlanTask>().Where(t => t.PlanId == request.Id && (seesAll || t.AssigneeId == me))
                .OrderBy(t => t.DueDate).ThenBy(t => t.Order)
                .Select(t => new
                {
                    t.Id, t.Title, t.Instructions, t.Owner, t.AssigneeId, t.DueDate, t.CompletedAtUtc, t.AcknowledgedAtUtc, t.DocumentKey, t.DocumentName,
                    t.FormQuestions, t.FormAnswers, t.RequestedDocument,
                    Assignee = t.Assignee == null ? null : (t.Assignee.PreferredName ?? t.Assignee.LegalFirstName) + " " + t.Assignee.LegalLastName,
                    // Who ticked "I have read and acknowledge": the person, or HR for them; an account with no employee record by its address.
                    AcknowledgedBy = t.AcknowledgedAtUtc == null ? null
                        : db.Employees.Where(e => e.UserId == t.CompletedByUserId).Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefault()
                          ?? db.Users.Where(u => u.Id == t.CompletedByUserId).Select(u => u.Email).FirstOrDefault(),
                }).ToListAsync(ct);
            var today = JourneyPlan.LocalToday(plan.TimeZoneId, clock.UtcNow);
            var running = plan.Status == PlanStatus.Running;
            var rows = tasks.Select(t => new TaskRow(t.Id, t.Title, t.Instructions, t.Owner, t.AssigneeId, t.Assignee, t.DueDate, t.CompletedAtUtc,
                t.AcknowledgedAtUtc, t.AcknowledgedBy, t.DocumentName, t.DocumentKey is not null, Lines(t.FormQuestions), Lines(t.FormAnswers), t.RequestedDocument is not null,
                running && t.CompletedAtUtc is null && CompleteTask.MayComplete(t.AssigneeId, t.RequestedDocument is not null, me, canManage),
                t.CompletedAtUtc is not null ? TaskGroup.Done
                : t.DueDate < today ? TaskGroup.Overdue
                : t.DueDate <= today.AddDays(SoonDays) ? TaskGroup.DueSoon : TaskGroup.Later)).ToList();
            var people = canManage && running ? await PeopleAroundAsync(plan.EmployeeId, plan.ManagerId, plan.BuddyId, ct) : [];
            var suggested = canManage && running && plan.Kind == JourneyKind.Onboarding
                ? await buddies.ForAsync(plan.EmployeeId, plan.DepartmentId, plan.ManagerId, ct) : [];
            return new Model(plan.Id, plan.EmployeeId, PlanLabels.Name(plan.PreferredName, plan.LegalFirstName, plan.LegalLastName), plan.Position,
                plan.Department, plan.HasPhoto, plan.Kind, plan.Status, plan.AnchorDate, plan.Template, plan.BuddyId, plan.Buddy, plan.Version,
                seesAll, canManage, rows, people, suggested) with { ReadsCheckIns = readsCheckIns && plan.Kind == JourneyKind.Onboarding };
        }

        private static IReadOnlyList<string> Lines(string? text) => text is null ? [] : text.Split('\n', StringSplitOptions.TrimEntries);

        /// <summary>Who a task is usually handed to: the person, their manager, the buddy, the IT contact and HR's people.</summary>
        private async Task<IReadOnlyList<Lookup>> PeopleAroundAsync(int employeeId, int? managerId, int? buddyId, CancellationToken ct)
        {
            var it = options.Value.ItContactEmail ?? "";
            var hrUsers = db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Hr), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId);
            return await db.Employees
                .Where(e => e.Status != EmployeeStatus.Left && (e.Id == employeeId || e.Id == managerId || e.Id == buddyId || e.WorkEmail == it
                                                                 || hrUsers.Contains(e.UserId!)))
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName)
                .Select(e => new Lookup(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName)).ToListAsync(ct);
        }
    }
}
