using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>
/// An interviewer writes their own scorecard of an interview they were on: each criterion rated 1–5 with a note, a
/// recommendation and a summary, saved as a draft as often as they like and submitted once, after which it is read-only.
/// Nobody else writes it, and nobody else reads the draft.
/// </summary>
public static class WriteScorecard
{
    public record Query(int InterviewId) : IRequest<Model>
    {
        public Command? Form { get; init; }
    }

    public record Model(ApplicationHeading Application, DateTime StartsAtUtc, bool InterviewCancelled, IReadOnlyList<string> Criteria,
        Command Form, DateTime? SubmittedAtUtc);

    public class RatingInput
    {
        public int? Rating { get; set; }
        public string? Note { get; set; }
    }

    public class Command : ICommand
    {
        public int InterviewId { get; set; }
        public List<RatingInput> Ratings { get; set; } = [];
        [Display(Name = "Recommendation")]
        public Recommendation? Recommendation { get; set; }
        [Display(Name = "Summary")]
        public string? Summary { get; set; }
        /// <summary>Pressed "Submit" rather than "Save draft".</summary>
        public bool Submit { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleForEach(c => c.Ratings).ChildRules(r =>
            {
                r.RuleFor(x => x.Rating).InclusiveBetween(Scorecard.MinRating, Scorecard.MaxRating).When(x => x.Rating is not null)
                    .WithMessage("Ratings go from {0} to {1}.").WithState(_ => new object[] { Scorecard.MinRating, Scorecard.MaxRating });
                r.RuleFor(x => x.Note).MaximumLength(2000);
            });
            RuleFor(c => c.Ratings).Must(rs => rs.All(r => r.Rating is not null)).When(c => c.Submit)
                .WithMessage("Rate every criterion before you submit.");
            RuleFor(c => c.Recommendation).IsInEnum();
            RuleFor(c => c.Recommendation).NotNull().When(c => c.Submit).WithMessage("Choose your recommendation before you submit.");
            RuleFor(c => c.Summary).MaximumLength(4000);
        }
    }

    /// <summary>The interview, if the viewer is on its panel and still on its opening's hiring team; "not found" otherwise.</summary>
    private static async Task<(int ApplicationId, DateTime StartsAtUtc, bool Cancelled)> PanelInterviewAsync(ErmDbContext db, OpeningAccess access,
        int interviewId, int me, CancellationToken ct)
    {
        var interview = await db.Set<Interview>().Where(i => i.Id == interviewId && i.Interviewers.Any(p => p.EmployeeId == me))
            .Select(i => new { i.ApplicationId, i.Application.OpeningId, i.StartsAtUtc, i.Status }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        await access.RequireAsync(interview.OpeningId, OpeningOperations.ViewCandidates, ct);
        return (interview.ApplicationId, interview.StartsAtUtc, interview.Status == InterviewStatus.Cancelled);
    }

    public class QueryHandler(ErmDbContext db, OpeningAccess access, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var me = user.EmployeeId ?? 0;
            var (applicationId, startsAtUtc, cancelled) = await PanelInterviewAsync(db, access, request.InterviewId, me, ct);
            var application = await ApplicationHeading.LoadAsync(db, applicationId, ct);
            var mine = await db.Set<Scorecard>().Where(s => s.InterviewId == request.InterviewId && s.InterviewerId == me)
                .Select(s => new
                {
                    s.Recommendation, s.Summary, s.SubmittedAtUtc,
                    Ratings = s.Ratings.OrderBy(r => r.Order).Select(r => new { r.Criterion, r.Rating, r.Note }).ToList(),
                }).FirstOrDefaultAsync(ct);
            var criteria = mine?.Ratings.Select(r => r.Criterion).ToList() ?? [.. Scorecard.DefaultCriteria];
            var form = request.Form ?? new Command
            {
                InterviewId = request.InterviewId, Recommendation = mine?.Recommendation, Summary = mine?.Summary,
                Ratings = mine?.Ratings.Select(r => new RatingInput { Rating = r.Rating, Note = r.Note }).ToList() ?? [],
            };
            while (form.Ratings.Count < criteria.Count) form.Ratings.Add(new RatingInput());
            return new Model(application, startsAtUtc, cancelled, criteria, form, mine?.SubmittedAtUtc);
        }
    }

    public class Handler(ErmDbContext db, OpeningAccess access, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var me = user.EmployeeId ?? 0;
            await PanelInterviewAsync(db, access, request.InterviewId, me, ct);
            var scorecard = await db.Set<Scorecard>().Include(s => s.Ratings)
                .FirstOrDefaultAsync(s => s.InterviewId == request.InterviewId && s.InterviewerId == me, ct);
            if (scorecard is null)
            {
                var interview = await db.Set<Interview>().Include(i => i.Interviewers).SingleAsync(i => i.Id == request.InterviewId, ct);
                scorecard = Scorecard.Start(interview, me, Scorecard.DefaultCriteria, clock.UtcNow);
                db.Add(scorecard);
            }
            if (request.Ratings.Count != scorecard.Ratings.Count)
                throw new DomainRuleException("", "The criteria of this scorecard changed; reload the page.");
            scorecard.Save(request.Ratings.Select(r => (r.Rating, r.Note)).ToList(), request.Recommendation, request.Summary, request.Submit, clock.UtcNow);
            return Unit.Value;
        }
    }
}
