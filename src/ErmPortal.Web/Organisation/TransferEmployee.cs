using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// HR moves a person: another department, position, location or manager, from a date. A change dated today or
/// earlier applies at once; a later one waits and <see cref="ApplyDueJobChangesJob"/> applies it on its day.
/// </summary>
public static class TransferEmployee
{
    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Command : ICommand, IJobFields
    {
        public int Id { get; set; }
        public string? EmployeeName { get; set; }
        [Display(Name = "Kind of change")]
        public JobChangeKind Kind { get; set; } = JobChangeKind.Transfer;
        [Display(Name = "Effective date")]
        public DateOnly? EffectiveDate { get; set; }
        [Display(Name = "Department")]
        public int DepartmentId { get; set; }
        [Display(Name = "Position")]
        public int PositionId { get; set; }
        [Display(Name = "Location")]
        public int LocationId { get; set; }
        [Display(Name = "Manager's work email")]
        public string? ManagerEmail { get; set; }
        [Display(Name = "Note")]
        public string? Note { get; set; }
        public Guid Version { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(ErmDbContext db, IClock clock)
        {
            RuleFor(c => c.Kind).Must(k => k is JobChangeKind.Transfer or JobChangeKind.Promotion).WithMessage("Choose transfer or promotion.");
            RuleFor(c => c.EffectiveDate).NotNull().WithMessage("Choose the day the change takes effect.")
                .Must(d => d >= clock.Today.AddDays(-90) && d <= clock.Today.AddYears(1))
                .WithMessage("The date must be within the last 90 days or the coming year.");
            RuleFor(c => c.DepartmentId).MustAsync((id, ct) => db.Departments.AnyAsync(d => d.Id == id, ct)).WithMessage("Choose a department.");
            RuleFor(c => c.PositionId).MustAsync((id, ct) => db.Positions.AnyAsync(p => p.Id == id, ct)).WithMessage("Choose a position.");
            RuleFor(c => c.PositionId).MustAsync((c, id, ct) => JobFamilies.FitAsync(db, c.DepartmentId, id, ct)).WithMessage(JobFamilies.OtherDepartment);
            RuleFor(c => c.LocationId).MustAsync((id, ct) => db.Locations.AnyAsync(l => l.Id == id, ct)).WithMessage("Choose a location.");
            RuleFor(c => c.Note).MaximumLength(500);
        }
    }

    public class QueryHandler(ErmDbContext db, EmployeeAccess access, IClock clock) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            await access.RequireAsync(request.Id, EmployeeOperations.Edit, ct);
            return await db.Employees.Where(e => e.Id == request.Id).Select(e => new Command
            {
                Id = e.Id, EmployeeName = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, EffectiveDate = clock.Today,
                DepartmentId = e.DepartmentId, PositionId = e.PositionId, LocationId = e.LocationId,
                ManagerEmail = e.Manager != null ? e.Manager.WorkEmail : null, Version = e.Version,
            }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        }
    }

    public class Handler(ErmDbContext db, EmployeeAccess access, EmployeeFormRules rules, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.Id, EmployeeOperations.Edit, ct);
            var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == request.Id, ct) ?? throw new NotFoundException();
            if (employee.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else changed this employee after you opened the form. Reload the page to see the current values.");
            if (employee.Status == EmployeeStatus.Left)
                throw new Data.Shared.DomainRuleException("", "This person has left; their job cannot change.");
            var managerId = await rules.ResolveManagerAsync(request.ManagerEmail, request.Id, ct);
            employee.ChangeJob(request.Kind, request.EffectiveDate!.Value, request.DepartmentId, request.PositionId, request.LocationId,
                managerId, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), clock.Today);
            return Unit.Value;
        }
    }
}
