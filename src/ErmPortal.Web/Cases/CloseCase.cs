using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Cases;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Cases;

/// <summary>
/// HR closes a case with what came of it. Several people in HR may work on one case, so a form opened before someone
/// else added a note or closed it is refused, showing the case as it is now, rather than closing it over their work.
/// </summary>
public static class CloseCase
{
    /// <summary>The case a close form is about, shown above it.</summary>
    public record Heading(string EmployeeName, CaseKind Kind, DateOnly OpenedOn, CaseStatus Status, int Notes);

    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Command>;

    [RequireRole(Roles.Hr)]
    public class Command : ICommand
    {
        [FromRoute(Name = "id")]
        public int Id { get; set; }
        /// <summary>The case's version when the form was opened; another in the database means someone changed it in between.</summary>
        public Guid Version { get; set; }
        [Display(Name = "Closed on")]
        public DateOnly? ClosedOn { get; set; }
        [Display(Name = "Outcome")]
        public string? Outcome { get; set; }

        [BindNever, ValidateNever]
        public Heading? Case { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(IClock clock)
        {
            RuleFor(c => c.ClosedOn).Cascade(CascadeMode.Stop).NotNull()
                .Must(day => day <= clock.Today).WithMessage("A case cannot close in the future.");
            RuleFor(c => c.Outcome).NotEmpty().MaximumLength(HrCase.TextLength);
        }
    }

    public class QueryHandler(CaseAccess access, IClock clock) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct) =>
            await access.Handled().Where(c => c.Id == request.Id).Select(c => new Command
            {
                Id = c.Id, Version = c.Version, ClosedOn = clock.Today,
                Case = new Heading((c.Employee.PreferredName ?? c.Employee.LegalFirstName) + " " + c.Employee.LegalLastName, c.Kind, c.OpenedOn,
                    c.Status, c.Notes.Count),
            }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
    }

    /// <summary>The case checks its own rules (not closed yet, not before it opened); the version says nobody changed it meanwhile.</summary>
    public class Handler(ErmDbContext db, CaseAccess access, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var hrCase = await access.Handled().FirstOrDefaultAsync(c => c.Id == request.Id, ct) ?? throw new NotFoundException();
            if (hrCase.Version != request.Version)
                throw new ConcurrencyConflictException(
                    "Someone else changed this case after you opened the form. Read its notes and status again before closing it.",
                    new Dictionary<string, string?>(), hrCase.Version);
            // EF also checks the version in the UPDATE, for a save that lands between this read and ours.
            db.Entry(hrCase).Property(c => c.Version).OriginalValue = request.Version;
            hrCase.Close(request.ClosedOn!.Value, request.Outcome!, clock.Today);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone else changed this case while you were saving. Open it again to see what changed.");
            }
            return Unit.Value;
        }
    }
}
