using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Cases;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Cases;

/// <summary>HR adds a note to an open case: what was said, done or decided, signed with their name and the time.</summary>
public static class AddCaseNote
{
    [RequireRole(Roles.Hr)]
    public class Command : ICommand
    {
        [FromRoute(Name = "id")]
        public int Id { get; set; }
        [Display(Name = "Note")]
        public string? Text { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(HrCase.TextLength);
    }

    public class Handler(ErmDbContext db, CaseAccess access, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var hrCase = await access.Handled().FirstOrDefaultAsync(c => c.Id == request.Id, ct) ?? throw new NotFoundException();
            db.Add(hrCase.AddNote(request.Text!, user.ActorName(), clock.UtcNow));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
