using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Organisation;

/// <summary>HR records that someone is leaving: their last day, why, and whether it was their choice.</summary>
public static class TerminateEmployee
{
    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Command : ICommand
    {
        public int Id { get; set; }
        public string? EmployeeName { get; set; }
        [Display(Name = "Last day")]
        public DateOnly? LastDay { get; set; }
        [Display(Name = "Reason")]
        public string Reason { get; set; } = "";
        public bool Voluntary { get; set; } = true;
        public Guid Version { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(IClock clock)
        {
            RuleFor(c => c.LastDay).NotNull().WithMessage("Choose the last working day.")
                .Must(d => d >= clock.Today.AddDays(-90) && d <= clock.Today.AddYears(1))
                .WithMessage("The last day must be within the last 90 days or the coming year.");
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the person is leaving.").MaximumLength(500);
        }
    }

    public class QueryHandler(ErmDbContext db, EmployeeAccess access) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            await access.RequireAsync(request.Id, EmployeeOperations.Edit, ct);
            return await db.Employees.Where(e => e.Id == request.Id).Select(e => new Command
            {
                Id = e.Id, EmployeeName = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName,
                LastDay = e.LastDay, Reason = e.LeavingReason ?? "", Voluntary = e.LeavingVoluntarily ?? true, Version = e.Version,
            }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        }
    }

    public class Handler(ErmDbContext db, EmployeeAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.Id, EmployeeOperations.Edit, ct);
            var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == request.Id, ct) ?? throw new NotFoundException();
            if (employee.Version != request.Version)
                throw new ConcurrencyConflictException("Someone else changed this employee after you opened the form. Reload the page to see the current values.");
            employee.Terminate(request.LastDay!.Value, request.Reason.Trim(), request.Voluntary, clock.Today);
            return Unit.Value;
        }
    }
}
