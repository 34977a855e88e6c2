using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.Calibration;

/// <summary>
/// HR or a skip-level manager changes the rating that stands on a review, or the potential the 9-box places the person
/// by, and says why. Every change is kept (who, when, from, to, why) and listed on the review's calibration page and
/// the cycle's. A form opened before someone else calibrated the same review is refused rather than overwriting them.
/// The review's own rules decide what may change: nothing once it is shared or final, nothing before the manager's
/// assessment is in.
/// </summary>
public static class CalibrateReview
{
    public const string Stale = "Someone else calibrated this review after you opened it. Check what it says now and try again.";

    public record Query(int ReviewId) : IRequest<Page>;

    public record Entry(string? By, DateTime AtUtc, int? FromRating, int? ToRating, Potential? FromPotential, Potential? ToPotential, string Reason);

    /// <summary>What the form shows beside its fields: the review as it stands and every change made to it.</summary>
    public record Page(int ReviewId, int EmployeeId, string Person, string Department, string? Reviewer, int CycleId, string CycleName, ReviewPhase Phase,
        int? ManagerRating, int? FinalRating, Potential? Potential, bool ManagerAssessmentIn, bool Shared, bool Finalized,
        IReadOnlyList<GetCalibration.Level> Levels, IReadOnlyList<Entry> History, Guid Version)
    {
        public IReadOnlyDictionary<int, string> Labels { get; } = Levels.ToDictionary(l => l.Value, l => l.Label);

        /// <summary>
        /// Why the form is not offered, or null when it is. The review's own <see cref="Review.Calibrate"/> decides again
        /// when saving; this only spares the viewer a form that would be refused.
        /// </summary>
        public string? Closed =>
            Finalized ? "This review is final and can no longer be changed."
            : Shared ? "This review has been shared; its rating no longer changes."
            : !CalibrationScope.AdjustablePhases.Contains(Phase) ? "This cycle is closed; its ratings stand."
            : !ManagerAssessmentIn ? "Only a submitted assessment is calibrated."
            : null;
    }

    public class Command : ICommand
    {
        [FromRoute(Name = "id")]
        public int ReviewId { get; set; }
        [Display(Name = "Rating that stands")]
        public int? Rating { get; set; }
        [Display(Name = "Potential")]
        public Potential? Potential { get; set; }
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
        /// <summary>The review's version when the form was opened.</summary>
        public Guid Version { get; set; }

        [BindNever]
        public Page? Page { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            // Every change is explained, not only a change of rating: the potential decides where the 9-box places someone.
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why you make this change: it is kept with it.");
            RuleFor(c => c.Reason).MaximumLength(1000);
            RuleFor(c => c.Rating).NotNull().WithMessage("Choose a rating on the cycle's scale.");
        }
    }

    public class QueryHandler(CalibrationScope scope) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query request, CancellationToken ct)
        {
            var page = await scope.Reviews().Where(r => r.Id == request.ReviewId && CalibrationScope.CalibratedPhases.Contains(r.Cycle.Phase))
                .Select(r => new Page(r.Id, r.EmployeeId, (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                    r.Department.Name, r.Reviewer == null ? null : (r.Reviewer.PreferredName ?? r.Reviewer.LegalFirstName) + " " + r.Reviewer.LegalLastName,
                    r.CycleId, r.Cycle.Name, r.Cycle.Phase, r.ManagerRating, r.FinalRating, r.Potential, r.ManagerSubmittedAtUtc != null,
                    r.SharedAtUtc != null, r.FinalizedAtUtc != null,
                    r.Cycle.RatingLevels.OrderBy(l => l.Value).Select(l => new GetCalibration.Level(l.Value, l.Label, l.GuidelinePercent)).ToList(),
                    r.Adjustments.OrderByDescending(a => a.AdjustedAtUtc).ThenByDescending(a => a.Id).Select(a => new Entry(
                        a.AdjustedByEmployee == null ? null : (a.AdjustedByEmployee.PreferredName ?? a.AdjustedByEmployee.LegalFirstName) + " " + a.AdjustedByEmployee.LegalLastName,
                        a.AdjustedAtUtc, a.FromRating, a.ToRating, a.FromPotential, a.ToPotential, a.Reason)).ToList(),
                    r.Version))
                .AsSplitQuery().FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            return page.Levels.Count > 0 ? page
                : page with { Levels = ReviewCycle.DefaultScale.Select(l => new GetCalibration.Level(l.Value, l.Label, l.GuidelinePercent)).ToList() };
        }
    }

    public class Handler(ErmDbContext db, CalibrationScope scope, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var review = await scope.Reviews().Include(r => r.Cycle).ThenInclude(c => c.RatingLevels)
                             .FirstOrDefaultAsync(r => r.Id == request.ReviewId && CalibrationScope.CalibratedPhases.Contains(r.Cycle.Phase), ct)
                         ?? throw new NotFoundException();
            if (review.Version != request.Version) throw new ConcurrencyConflictException(Stale);
            // EF checks the version again in the UPDATE, for a calibration saved between this read and ours.
            db.Entry(review).Property(r => r.Version).OriginalValue = request.Version;
            if (!CalibrationScope.AdjustablePhases.Contains(review.Cycle.Phase))
                throw new DomainRuleException(nameof(Command.Rating), "This cycle is closed; its ratings stand.");
            if (request.Rating is not { } rating || rating < 1 || rating > review.Cycle.MaxRating)
                throw new DomainRuleException(nameof(Command.Rating), "Choose a rating on the cycle's scale.");
            if (request.Rating == review.FinalRating && request.Potential == review.Potential)
                throw new DomainRuleException(nameof(Command.Rating), "Nothing changes: choose another rating or potential.");

            review.Calibrate(request.Rating, request.Potential, request.Reason, user.EmployeeId, user.UserId!, clock.UtcNow);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(Stale); }
            return Unit.Value;
        }
    }
}
