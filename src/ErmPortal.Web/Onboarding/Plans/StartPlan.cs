using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Plans;

/// <summary>
/// HR starts a plan for anyone: joining or leaving, from the template that fits them best (or another that fits), around
/// the first or last day, with a buddy from the suggestions. A person has at most one running plan of each kind.
/// </summary>
public static class StartPlan
{
    /// <param name="EmployeeId">None: HR first chooses the person, by work email.</param>
    public record Query(int? EmployeeId, JourneyKind? Kind, string? Email = null) : IRequest<Model>
    {
        public Command? Form { get; init; }
    }

    /// <summary><see cref="Form"/> is null while the person is still to be chosen; <see cref="Email"/> is what was typed, found or not.</summary>
    public record Model(Command? Form, string Person, string Department, int? RunningPlanId, IReadOnlyList<PlanStarter.Template> Templates,
        IReadOnlyList<BuddySuggestions.Suggestion> Buddies, string? Email = null);

    public record Command : ICommand<int>
    {
        public int EmployeeId { get; set; }
        public JourneyKind Kind { get; set; }
        [Display(Name = "Template")]
        public int? TemplateId { get; set; }
        [Display(Name = "Day")]
        public DateOnly? AnchorDate { get; set; }
        [Display(Name = "Buddy")]
        public int? BuddyId { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.AnchorDate).NotNull().WithMessage("Choose the day the plan counts from.");
            RuleFor(c => c.BuddyId).Must((c, buddy) => buddy != c.EmployeeId).WithMessage("A person cannot be their own buddy.");
        }
    }

    public class QueryHandler(ErmDbContext db, PlanStarter starter, BuddySuggestions buddies) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var email = request.Email?.Trim();
            if (request.EmployeeId is null && string.IsNullOrEmpty(email)) return new Model(null, "", "", null, [], []);
            var person = await db.Employees
                .Where(e => (request.EmployeeId == null ? e.WorkEmail == email : e.Id == request.EmployeeId) && e.Status != EmployeeStatus.Left)
                .Select(e => new { e.Id, e.PreferredName, e.LegalFirstName, e.LegalLastName, Department = e.Department.Name, e.DepartmentId, e.PositionId,
                    e.ManagerId, e.HireDate, e.LastDay })
                .FirstOrDefaultAsync(ct);
            if (person is null)
                return request.EmployeeId is null ? new Model(null, "", "", null, [], [], email) : throw new NotFoundException();
            var kind = request.Form?.Kind ?? request.Kind ?? (person.LastDay is null ? JourneyKind.Onboarding : JourneyKind.Offboarding);
            var templates = await starter.TemplatesForAsync(kind, person.DepartmentId, person.PositionId, ct);
            var running = await db.Set<JourneyPlan>().Where(p => p.EmployeeId == person.Id && p.Kind == kind && p.Status == PlanStatus.Running)
                .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            var suggested = kind == JourneyKind.Onboarding ? await buddies.ForAsync(person.Id, person.DepartmentId, person.ManagerId, ct) : [];
            var form = request.Form ?? new Command
            {
                EmployeeId = person.Id, Kind = kind, TemplateId = templates.FirstOrDefault()?.Id,
                AnchorDate = kind == JourneyKind.Onboarding ? person.HireDate : person.LastDay, BuddyId = suggested.FirstOrDefault()?.Id,
            };
            return new Model(form, PlanLabels.Name(person.PreferredName, person.LegalFirstName, person.LegalLastName), person.Department, running,
                templates, suggested);
        }
    }

    public class Handler(ErmDbContext db, PlanStarter starter) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == request.EmployeeId && e.Status != EmployeeStatus.Left, ct)
                           ?? throw new NotFoundException();
            if (await starter.HasRunningAsync(employee.Id, request.Kind, ct))
                throw new DomainRuleException("", request.Kind == JourneyKind.Onboarding
                    ? "This person already has an onboarding plan running; open it instead of starting a second."
                    : "This person already has an offboarding plan running; open it instead of starting a second.");
            var fitting = await starter.TemplatesForAsync(request.Kind, employee.DepartmentId, employee.PositionId, ct);
            if (request.TemplateId is { } templateId && fitting.All(t => t.Id != templateId))
                throw new DomainRuleException(nameof(Command.TemplateId), "Choose one of the templates that fit this person.");
            if (request.BuddyId is { } buddyId && !await db.Employees.AnyAsync(e => e.Id == buddyId && e.Status != EmployeeStatus.Left, ct))
                throw new DomainRuleException(nameof(Command.BuddyId), "Choose a buddy from the list.");
            var plan = await starter.StartAsync(employee, request.Kind, request.AnchorDate!.Value, request.TemplateId, request.BuddyId, ct);
            await db.SaveChangesAsync(ct);
            return plan.Id;
        }
    }
}
