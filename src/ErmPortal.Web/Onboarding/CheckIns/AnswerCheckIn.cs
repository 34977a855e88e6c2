using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.CheckIns;

/// <summary>
/// "How is it going?": the new hire, or their manager, answers their own check-in at 30, 60 or 90 days. It opens a few
/// days before it is due and stays open until answered; answered, it is read-only. Nobody answers for someone else.
/// </summary>
public static class AnswerCheckIn
{
    /// <summary>A check-in can be answered from this many days before it is due, so whoever is asked can answer at once.</summary>
    public const int OpensDaysBefore = 3;

    public record Query(int Id) : IRequest<Model>
    {
        public Command? Form { get; init; }
    }

    public record Model(int Id, int DayMark, CheckInRespondent Respondent, string PersonName, DateOnly DueDate, DateTime? AnsweredAtUtc, Command Form)
    {
        public bool AsManager => Respondent == CheckInRespondent.Manager;
    }

    public class Command : ICommand
    {
        public int Id { get; set; }
        [Display(Name = "Settled")]
        public int? Settled { get; set; }
        [Display(Name = "Role clarity")]
        public int? RoleClarity { get; set; }
        [Display(Name = "Support")]
        public int? Support { get; set; }
        [Display(Name = "Anything else")]
        public string? Comment { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            foreach (var score in new System.Linq.Expressions.Expression<Func<Command, int?>>[] { c => c.Settled, c => c.RoleClarity, c => c.Support })
                RuleFor(score).NotNull().WithMessage("Choose a score from 1 to 5.").InclusiveBetween(1, 5).WithMessage("Choose a score from 1 to 5.");
            RuleFor(c => c.Comment).MaximumLength(2000);
        }
    }

    /// <summary>The viewer's own check-in still asked, once it has opened; "not found" otherwise.</summary>
    private static IQueryable<CheckIn> Mine(ErmDbContext db, ICurrentUser user, IClock clock) =>
        db.Set<CheckIn>().Where(CheckIn.StillAsked).Where(c => c.RespondentId == (user.EmployeeId ?? 0) && c.DueDate <= clock.Today.AddDays(OpensDaysBefore));

    public class QueryHandler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var found = await Mine(db, user, clock).Where(c => c.Id == request.Id)
                .Select(c => new
                {
                    c.Id, c.DayMark, c.Respondent, c.DueDate, c.SubmittedAtUtc, c.Settled, c.RoleClarity, c.Support, c.Comment,
                    Person = (c.Plan.Employee.PreferredName ?? c.Plan.Employee.LegalFirstName) + " " + c.Plan.Employee.LegalLastName,
                })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var form = request.Form ?? new Command
            {
                Id = found.Id, Settled = found.Settled, RoleClarity = found.RoleClarity, Support = found.Support, Comment = found.Comment,
            };
            return new Model(found.Id, found.DayMark, found.Respondent, found.Person, found.DueDate, found.SubmittedAtUtc, form);
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var checkIn = await Mine(db, user, clock).Include(c => c.Plan).FirstOrDefaultAsync(c => c.Id == request.Id, ct) ?? throw new NotFoundException();
            checkIn.Submit(request.Settled!.Value, request.RoleClarity!.Value, request.Support!.Value,
                string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(), clock.UtcNow);
            return Unit.Value;
        }
    }
}
