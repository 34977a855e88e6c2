using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment;

/// <summary>A manager asks HR for headcount: the position, where, why, the salary range and when the person should start.</summary>
public static class RequestHeadcount
{
    /// <summary>The form, empty or as it was posted, with what its lists offer.</summary>
    [RequireRole(Roles.Manager)]
    public record Query : IRequest<Model>
    {
        public Command? Form { get; init; }
    }

    public record Model(Command Form, IReadOnlyList<Lookup> Positions, IReadOnlyList<Lookup> Departments, IReadOnlyList<Lookup> Locations,
        IReadOnlyList<Lookup> Reports);

    [RequireRole(Roles.Manager)]
    public record Command : ICommand<int>
    {
        [Display(Name = "Position")]
        public int PositionId { get; set; }
        [Display(Name = "Department")]
        public int DepartmentId { get; set; }
        [Display(Name = "Location")]
        public int LocationId { get; set; }
        [Display(Name = "Reason")]
        public RequisitionReason Reason { get; set; }
        [Display(Name = "Replaces")]
        public int? ReplacesEmployeeId { get; set; }
        [Display(Name = "People to hire")]
        public int Headcount { get; set; } = 1;
        [Display(Name = "Salary from")]
        public decimal? SalaryFrom { get; set; }
        [Display(Name = "Salary to")]
        public decimal? SalaryTo { get; set; }
        [Display(Name = "Currency")]
        public string Currency { get; set; } = "EUR";
        [Display(Name = "Target start date")]
        public DateOnly? TargetStartDate { get; set; }
        [Display(Name = "Why this hire is needed")]
        public string? Justification { get; set; }
    }

    public const int MaxHeadcount = 20;

    public class Validator : AbstractValidator<Command>
    {
        public Validator(ErmDbContext db, IClock clock, ICurrentUser user)
        {
            RuleFor(c => c.PositionId).MustAsync((id, ct) => db.Positions.AnyAsync(p => p.Id == id, ct)).WithMessage("Choose a position.");
            RuleFor(c => c.DepartmentId).MustAsync((id, ct) => db.Departments.AnyAsync(d => d.Id == id, ct)).WithMessage("Choose a department.");
            RuleFor(c => c.PositionId).MustAsync((c, id, ct) => JobFamilies.FitAsync(db, c.DepartmentId, id, ct)).WithMessage(JobFamilies.OtherDepartment);
            RuleFor(c => c.LocationId).MustAsync((id, ct) => db.Locations.AnyAsync(l => l.Id == id, ct)).WithMessage("Choose a location.");
            RuleFor(c => c.Reason).IsInEnum();
            RuleFor(c => c.ReplacesEmployeeId).NotNull().When(c => c.Reason == RequisitionReason.Replacement)
                .WithMessage("Choose the person this hire replaces.");
            RuleFor(c => c.ReplacesEmployeeId)
                .MustAsync((id, ct) => db.Employees.AnyAsync(e => e.Id == id && e.ManagerId == user.EmployeeId, ct))
                .When(c => c.Reason == RequisitionReason.Replacement && c.ReplacesEmployeeId is not null)
                .WithMessage("Choose someone who reports to you.");
            RuleFor(c => c.Headcount).InclusiveBetween(1, MaxHeadcount).WithMessage("Ask for between 1 and 20 people.");
            RuleFor(c => c.SalaryFrom).NotNull().WithMessage("Give the lowest yearly salary you would offer.")
                .GreaterThan(0).WithMessage("The salary must be more than zero.");
            RuleFor(c => c.SalaryTo).NotNull().WithMessage("Give the highest yearly salary you would offer.")
                .GreaterThanOrEqualTo(c => c.SalaryFrom ?? 0).WithMessage("The highest salary cannot be below the lowest.");
            RuleFor(c => c.Currency).Matches("^[A-Z]{3}$").WithMessage("Use a three-letter currency code, such as EUR.");
            RuleFor(c => c.TargetStartDate).NotNull().WithMessage("Choose when the new person should start.")
                .Must(d => d > clock.Today && d <= clock.Today.AddYears(2)).WithMessage("The start date must be after today and within two years.");
            RuleFor(c => c.Justification).MaximumLength(2000);
        }
    }

    public class QueryHandler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var me = await db.Employees.Where(e => e.Id == user.EmployeeId).Select(e => new { e.DepartmentId, e.LocationId }).FirstOrDefaultAsync(ct)
                     ?? throw new NotFoundException();
            var form = request.Form ?? new Command { DepartmentId = me.DepartmentId, LocationId = me.LocationId, TargetStartDate = clock.Today.AddMonths(2) };
            var positions = await db.Positions.OrderBy(p => p.Title).ThenBy(p => p.Level).Select(p => new Lookup(p.Id, p.Title)).ToListAsync(ct);
            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new Lookup(d.Id, d.Name)).ToListAsync(ct);
            var locations = await db.Locations.OrderBy(l => l.Name).Select(l => new Lookup(l.Id, l.Name)).ToListAsync(ct);
            // Whom a hire may replace: the manager's own reports, including those who left in the last year.
            var yearAgo = clock.Today.AddYears(-1);
            var reports = await db.Employees.Where(e => e.ManagerId == user.EmployeeId && (e.Status != EmployeeStatus.Left || e.LastDay >= yearAgo))
                .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName)
                .Select(e => new Lookup(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName)).ToListAsync(ct);
            return new Model(form, positions, departments, locations, reports);
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } managerId)
                throw new DomainRuleException("", "Only a manager with an employee record can ask for headcount.");
            var requisition = new Requisition
            {
                PositionId = request.PositionId, DepartmentId = request.DepartmentId, LocationId = request.LocationId,
                Reason = request.Reason,
                ReplacesEmployeeId = request.Reason == RequisitionReason.Replacement ? request.ReplacesEmployeeId : null,
                Headcount = request.Headcount, SalaryFrom = request.SalaryFrom!.Value, SalaryTo = request.SalaryTo!.Value,
                Currency = request.Currency, TargetStartDate = request.TargetStartDate!.Value,
                Justification = string.IsNullOrWhiteSpace(request.Justification) ? null : request.Justification.Trim(),
                RequestedById = managerId,
            };
            requisition.Submit(clock.UtcNow);
            db.Set<Requisition>().Add(requisition);
            await db.SaveChangesAsync(ct);
            return requisition.Id;
        }
    }
}
