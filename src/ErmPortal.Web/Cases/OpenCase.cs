using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Cases;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace ErmPortal.Web.Cases;

/// <summary>
/// HR records a case about an employee, found by work email. Nobody opens a case about themselves: a colleague in HR
/// handles it, and the case is then hidden from them like from anyone else it is about.
/// </summary>
public static class OpenCase
{
    [RequireRole(Roles.Hr)]
    public record Query : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public class Command : ICommand<int>
    {
        [Display(Name = "Employee's work email")]
        public string? EmployeeEmail { get; set; }
        [Display(Name = "Kind of case")]
        public CaseKind? Kind { get; set; }
        [Display(Name = "Summary")]
        public string? Summary { get; set; }
        [Display(Name = "Opened on")]
        public DateOnly? OpenedOn { get; set; }
        [Display(Name = "Owner in HR")]
        public int? OwnerId { get; set; }

        /// <summary>The HR people the owner is chosen from.</summary>
        [BindNever, ValidateNever]
        public IReadOnlyList<CaseOwner> Owners { get; set; } = [];
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(CaseForms forms, CaseAccess access, IClock clock)
        {
            RuleFor(c => c.EmployeeEmail).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(256).EmailAddress()
                .MustAsync(async (email, ct) => await forms.EmployeeWithEmailAsync(email, ct) is not null)
                .WithMessage("Nobody in the organisation has this work email.")
                .MustAsync(async (email, ct) => await forms.EmployeeWithEmailAsync(email, ct) is not { } id || await access.MayHandleAsync(id, ct))
                .WithMessage("A case about you is for a colleague in HR to open.");
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.Summary).NotEmpty().MaximumLength(HrCase.TextLength);
            RuleFor(c => c.OpenedOn).Cascade(CascadeMode.Stop).NotNull()
                .Must(day => day <= clock.Today).WithMessage("A case cannot open in the future.");
            RuleFor(c => c.OwnerId).Cascade(CascadeMode.Stop).NotNull()
                .MustAsync(async (owner, ct) => (await forms.OwnersAsync(ct)).Any(o => o.Id == owner))
                .WithMessage("Choose someone in HR.")
                .MustAsync(async (command, owner, ct) => await forms.EmployeeWithEmailAsync(command.EmployeeEmail, ct) != owner)
                .WithMessage("Someone else in HR must own a case about this person.");
        }
    }

    public class QueryHandler(CaseForms forms, ICurrentUser user, IClock clock) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            var owners = await forms.OwnersAsync(ct);
            return new Command
            {
                OpenedOn = clock.Today, Owners = owners,
                OwnerId = owners.Any(o => o.Id == user.EmployeeId) ? user.EmployeeId : null,
            };
        }
    }

    /// <summary>The validator, which every sender runs, has found the person and checked the owner and that the viewer may handle the case.</summary>
    public class Handler(ErmDbContext db, CaseForms forms, CaseAccess access, IClock clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var employeeId = await forms.EmployeeWithEmailAsync(request.EmployeeEmail, ct) ?? throw new NotFoundException();
            if (!await access.MayHandleAsync(employeeId, ct)) throw new NotFoundException();
            var hrCase = new HrCase
            {
                EmployeeId = employeeId, Kind = request.Kind!.Value, Summary = request.Summary!.Trim(), OpenedOn = request.OpenedOn!.Value,
                OwnerId = request.OwnerId!.Value, CreatedAtUtc = clock.UtcNow,
            };
            db.Add(hrCase);
            await db.SaveChangesAsync(ct);
            return hrCase.Id;
        }
    }
}
