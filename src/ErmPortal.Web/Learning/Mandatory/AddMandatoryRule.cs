using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Mandatory;

/// <summary>
/// HR makes a course mandatory for a position (or for every position): to be taken within so many days of joining, and
/// again every so many months when it must be renewed. One rule per position and course; a changed rule is removed and
/// added again.
/// </summary>
public static class AddMandatoryRule
{
    public const int MaxDays = 365;
    public const int MaxMonths = 120;

    [RequireRole(Roles.Hr)]
    public record Query(int CourseId) : IRequest<RulePage>;

    public record RulePage(int CourseId, string CourseTitle, IReadOnlyList<(int Id, string Title)> Positions);

    [RequireRole(Roles.Hr)]
    public class Command : ICommand
    {
        [FromRoute(Name = "id")]
        public int CourseId { get; set; }
        /// <summary>None: every position.</summary>
        [Display(Name = "Position")]
        public int? PositionId { get; set; }
        [Display(Name = "Within how many days of joining")]
        public int WithinDaysOfHire { get; set; } = 30;
        [Display(Name = "Renew every how many months")]
        public int? RenewEveryMonths { get; set; }

        [BindNever]
        public RulePage? Page { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(ErmDbContext db)
        {
            RuleFor(c => c.CourseId).MustAsync((id, ct) => db.Set<Course>().AnyAsync(c => c.Id == id && c.ArchivedAtUtc == null, ct))
                .WithMessage("This course is archived; it cannot be made mandatory.");
            RuleFor(c => c.PositionId).MustAsync((id, ct) => db.Positions.AnyAsync(p => p.Id == id, ct)).When(c => c.PositionId is not null)
                .WithMessage("Choose a position from the list.");
            RuleFor(c => c.PositionId).MustAsync((c, id, ct) => db.Set<MandatoryRule>().AllAsync(r => r.CourseId != c.CourseId || r.PositionId != id, ct))
                .WithMessage("This course is already mandatory for that position. Remove the rule first to change it.");
            RuleFor(c => c.WithinDaysOfHire).InclusiveBetween(0, MaxDays).WithMessage("Give between 0 and 365 days.");
            RuleFor(c => c.RenewEveryMonths).InclusiveBetween(1, MaxMonths).When(c => c.RenewEveryMonths is not null)
                .WithMessage("Give between 1 and 120 months, or leave it empty when once is enough.");
        }
    }

    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, RulePage>
    {
        public async Task<RulePage> Handle(Query request, CancellationToken ct)
        {
            var title = await db.Set<Course>().Where(c => c.Id == request.CourseId && c.ArchivedAtUtc == null).Select(c => c.Title).FirstOrDefaultAsync(ct)
                        ?? throw new NotFoundException();
            var positions = await db.Positions.OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(ct);
            return new RulePage(request.CourseId, title, positions.Select(p => (p.Id, p.Title)).ToList());
        }
    }

    public class Handler(ErmDbContext db, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            db.Add(new MandatoryRule
            {
                CourseId = request.CourseId, PositionId = request.PositionId, WithinDaysOfHire = request.WithinDaysOfHire,
                RenewEveryMonths = request.RenewEveryMonths, StartsOn = clock.Today,
            });
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
