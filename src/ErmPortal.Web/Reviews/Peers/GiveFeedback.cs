using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>
/// The peer's short form: a rating per competency of the cycle, what to keep doing, what to do differently. Only the
/// nominated peer opens it (anyone else: not found). The answer is stored with no link to them: the nomination only
/// notes that it was answered; the answer has a random key, the day, and whether the peer is in the person's team.
/// Nothing is logged, audited or notified with it.
/// </summary>
public static class GiveFeedback
{
    public record Query(int NominationId) : IRequest<Page>;

    public record Competency(int Id, string Name, string? Description);

    public record Level(int Value, string Label);

    public record Page(int NominationId, string Person, string Cycle, bool Answered, bool Open,
        IReadOnlyList<Competency> Competencies, IReadOnlyList<Level> Levels);

    public class RatingInput
    {
        public int CompetencyId { get; set; }
        public int? Rating { get; set; }
    }

    public class Command : ICommand
    {
        public int NominationId { get; set; }
        public List<RatingInput> Ratings { get; set; } = [];
        [Display(Name = "Keep doing")]
        public string? KeepDoing { get; set; }
        [Display(Name = "Do differently")]
        public string? DoDifferently { get; set; }

        [BindNever]
        public Page? Page { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.KeepDoing).MaximumLength(2000);
            RuleFor(c => c.DoDifferently).MaximumLength(2000);
            RuleForEach(c => c.Ratings).Must(r => r.Rating is not null).WithMessage("Rate every competency.");
        }
    }

    /// <summary>The viewer's own approved nomination, or not found.</summary>
    private static IQueryable<PeerNomination> Own(ErmDbContext db, ICurrentUser user, int nominationId) =>
        db.Set<PeerNomination>().Where(n => n.Id == nominationId && n.PeerId == user.EmployeeId && n.Status == PeerNominationStatus.Approved);

    public class QueryHandler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query request, CancellationToken ct)
        {
            var n = await Own(db, user, request.NominationId)
                .Select(n => new
                {
                    Person = (n.Review.Employee.PreferredName ?? n.Review.Employee.LegalFirstName) + " " + n.Review.Employee.LegalLastName,
                    n.Review.Cycle, n.Answered, Finalized = n.Review.FinalizedAtUtc != null,
                })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var competencies = await db.Set<ReviewCompetency>().Where(c => c.CycleId == n.Cycle.Id).OrderBy(c => c.SortOrder)
                .Select(c => new Competency(c.Id, c.Name, c.Description)).ToListAsync(ct);
            var levels = await db.Set<ReviewRatingLevel>().Where(l => l.CycleId == n.Cycle.Id).OrderBy(l => l.Value)
                .Select(l => new Level(l.Value, l.Label)).ToListAsync(ct);
            if (levels.Count == 0) levels = ReviewCycle.DefaultScale.Select(s => new Level(s.Value, s.Label)).ToList();
            return new Page(request.NominationId, n.Person, n.Cycle.Name, n.Answered, PeerFeedbackRules.IsOpen(n.Cycle) && !n.Finalized, competencies, levels);
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var found = await Own(db, user, request.NominationId)
                .Select(n => new { Nomination = n, n.Review.Cycle, SameTeam = n.Peer.ManagerId != null && n.Peer.ManagerId == n.Review.Employee.ManagerId })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var scale = await db.Set<ReviewRatingLevel>().Where(l => l.CycleId == found.Cycle.Id).Select(l => l.Value).ToListAsync(ct);
            var top = scale.Count == 0 ? ReviewCycle.DefaultScale.Length : scale.Max();
            var competencies = await db.Set<ReviewCompetency>().Where(c => c.CycleId == found.Cycle.Id).Select(c => c.Id).ToListAsync(ct);
            var ratings = request.Ratings.Where(r => r.Rating is not null).ToList();
            if (!competencies.Order().SequenceEqual(ratings.Select(r => r.CompetencyId).Order()))
                throw new DomainRuleException(nameof(Command.Ratings), "Rate every competency.");
            if (ratings.Any(r => r.Rating < 1 || r.Rating > top))
                throw new DomainRuleException(nameof(Command.Ratings), "A rating is on the cycle's scale, from 1 to {0}.", top);

            found.Nomination.MarkAnswered(found.Cycle);
            db.Add(new PeerFeedbackAnswer
            {
                ReviewId = found.Nomination.ReviewId, AnsweredOn = clock.Today,
                Relationship = found.SameTeam ? PeerRelationship.SameTeam : PeerRelationship.OtherTeam,
                KeepDoing = Text(request.KeepDoing), DoDifferently = Text(request.DoDifferently),
                Ratings = ratings.Select(r => new PeerFeedbackRating { CompetencyId = r.CompetencyId, Rating = r.Rating!.Value }).ToList(),
            });
            return Unit.Value;
        }

        private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
