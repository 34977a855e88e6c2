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

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>
/// The person's manager (or HR) approves a request, which seats the person or puts them on the waiting list when the
/// session is full, or declines it with a reason. A request decided meanwhile, by someone else or in another tab, is a
/// conflict rather than a second decision.
/// </summary>
public static class DecideRequest
{
    public enum Decision { Approve, Decline }

    public record Query(int RequestId) : IRequest<Page>;

    public record Page(int Id, int EmployeeId, string Person, int CourseId, string Course, DateTime? StartsAtUtc, DateTime? EndsAtUtc, string? TimeZoneId,
        int? Capacity, int Seated, string? Note, DateTime RequestedAtUtc, EnrolmentStatus Status, string? DecisionReason, Guid Version);

    public class Command : ICommand
    {
        [FromRoute(Name = "requestId")]
        public int RequestId { get; set; }
        public Decision Decision { get; set; }
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
        public Guid Version { get; set; }

        [BindNever]
        public Page? Page { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().When(c => c.Decision == Decision.Decline).WithMessage("Say why you decline: the person reads it.");
            RuleFor(c => c.Reason).MaximumLength(1000);
        }
    }

    public class QueryHandler(ErmDbContext db, ICurrentUser user) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query request, CancellationToken ct) =>
            await db.Set<Enrolment>().Where(e => e.Id == request.RequestId).Where(Deciders.CanDecide(user.EmployeeId, user.IsInRole(Roles.Hr)))
                .Select(e => new Page(e.Id, e.EmployeeId, (e.Employee.PreferredName ?? e.Employee.LegalFirstName) + " " + e.Employee.LegalLastName,
                    e.CourseId, e.Course.Title, e.Session == null ? null : e.Session.StartsAtUtc, e.Session == null ? null : e.Session.EndsAtUtc,
                    e.Session == null ? null : e.Session.TimeZoneId, e.Session == null ? null : e.Session.Capacity,
                    db.Set<Enrolment>().Count(s => s.SessionId == e.SessionId && e.SessionId != null && s.Status == EnrolmentStatus.Enrolled),
                    e.RequestNote, e.RequestedAtUtc, e.Status, e.DecisionReason, e.Version))
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock, SeatAllocator seats, PlaceNews news) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var place = await db.Set<Enrolment>().Where(e => e.Id == request.RequestId).Where(Deciders.CanDecide(user.EmployeeId, user.IsInRole(Roles.Hr)))
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            if (place.Status != EnrolmentStatus.Requested || place.Version != request.Version)
                throw new ConcurrencyConflictException("This request was decided meanwhile. See where it stands now.");
            // Checked again when saving: a decision saved since this one read the request fails here instead of being overwritten.
            db.Entry(place).Property(e => e.Version).OriginalValue = request.Version;
            var now = clock.UtcNow;
            if (request.Decision == Decision.Decline)
            {
                place.Decline(user.EmployeeId, now, request.Reason!.Trim());
                try { await db.SaveChangesAsync(ct); }
                catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException("This request was decided meanwhile. See where it stands now."); }
            }
            else
            {
                place.Decide(user.EmployeeId, now, string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim());
                await seats.PlaceAsync([place], ct);
            }
            await news.DecidedAsync(place, ct);
            return Unit.Value;
        }
    }
}
