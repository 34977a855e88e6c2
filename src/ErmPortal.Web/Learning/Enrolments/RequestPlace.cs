using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
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
/// A person asks for a place on a coming session, or on a course that has none planned (one taken at one's own pace),
/// with a note for whoever decides: their manager, or HR for someone without one. One live place per course.
/// </summary>
public static class RequestPlace
{
    public record Query(int CourseId) : IRequest<Page>;

    public record SessionOption(int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZoneId, int Capacity, int Seated);

    /// <summary>The course, its coming sessions, and who will decide.</summary>
    public record Page(int CourseId, string Title, IReadOnlyList<SessionOption> Sessions, string? Decider);

    public class Command : ICommand<int>
    {
        [FromRoute(Name = "id")]
        public int CourseId { get; set; }
        [Display(Name = "Session")]
        public int? SessionId { get; set; }
        [Display(Name = "A note for your manager")]
        public string? Note { get; set; }

        [BindNever]
        public Page? Page { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(ErmDbContext db, ICurrentUser user, IClock clock)
        {
            RuleFor(c => c.Note).MaximumLength(1000);
            IQueryable<CourseSession> Coming(Command c) =>
                db.Set<CourseSession>().Where(s => s.CourseId == c.CourseId && s.StartsAtUtc > clock.UtcNow && s.CancelledAtUtc == null);
            RuleFor(c => c.SessionId).Must(_ => user.EmployeeId is not null).WithMessage("Only people with an employee record can ask for training.")
                .DependentRules(() =>
                {
                    RuleFor(c => c.SessionId).MustAsync((c, id, ct) => Coming(c).AnyAsync(s => s.Id == id, ct)).When(c => c.SessionId is not null)
                        .WithMessage("This session has passed or was cancelled; choose another.");
                    RuleFor(c => c.SessionId).MustAsync(async (c, _, ct) => !await Coming(c).AnyAsync(ct)).When(c => c.SessionId is null)
                        .WithMessage("Choose a session.");
                    RuleFor(c => c.SessionId).MustAsync(async (c, _, ct) => !await db.Set<Enrolment>()
                            .AnyAsync(e => e.EmployeeId == user.EmployeeId && e.CourseId == c.CourseId && Enrolment.Live.Contains(e.Status), ct))
                        .WithMessage("You already have a place or a request on this course. See My learning.");
                });
        }
    }

    public class QueryHandler(ErmDbContext db, IClock clock, ICurrentUser user) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query request, CancellationToken ct)
        {
            var now = clock.UtcNow;
            var title = await db.Set<Course>().Where(c => c.Id == request.CourseId && c.ArchivedAtUtc == null).Select(c => c.Title).FirstOrDefaultAsync(ct)
                        ?? throw new NotFoundException();
            var sessions = await db.Set<CourseSession>().Where(s => s.CourseId == request.CourseId && s.StartsAtUtc > now && s.CancelledAtUtc == null)
                .OrderBy(s => s.StartsAtUtc)
                .Select(s => new SessionOption(s.Id, s.StartsAtUtc, s.EndsAtUtc, s.TimeZoneId, s.Capacity,
                    db.Set<Enrolment>().Count(e => e.SessionId == s.Id && e.Status == EnrolmentStatus.Enrolled)))
                .ToListAsync(ct);
            var decider = await db.Employees.Where(e => e.Id == user.EmployeeId && e.Manager != null)
                .Select(e => (e.Manager!.PreferredName ?? e.Manager.LegalFirstName) + " " + e.Manager.LegalLastName).FirstOrDefaultAsync(ct);
            return new Page(request.CourseId, title, sessions, decider);
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock, PlaceNews news) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            if (!await db.Set<Course>().AnyAsync(c => c.Id == request.CourseId && c.ArchivedAtUtc == null, ct)) throw new NotFoundException();
            var place = new Enrolment
            {
                EmployeeId = user.EmployeeId ?? throw new NotFoundException(), CourseId = request.CourseId, SessionId = request.SessionId,
                Status = EnrolmentStatus.Requested, RequestedAtUtc = clock.UtcNow, RequestNote = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            };
            db.Add(place);
            await db.SaveChangesAsync(ct);
            await news.RequestedAsync(place, ct);
            return place.Id;
        }
    }
}
