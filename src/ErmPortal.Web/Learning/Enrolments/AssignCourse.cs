using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Organisation;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>
/// HR assigns a course (on a session, or on the course itself) to people named one by one and/or a group: a department,
/// a position, or the people in both. Whoever already holds a live place on the course is skipped; the others are seated
/// in order while seats last, then waitlisted, and each is told.
/// </summary>
public static class AssignCourse
{
    [RequireRole(Roles.Hr)]
    public record Query(int CourseId) : IRequest<Page>;

    public record Page(int CourseId, string Title, IReadOnlyList<RequestPlace.SessionOption> Sessions, IReadOnlyList<Lookup> Departments, IReadOnlyList<Lookup> Positions);

    public record Result(int Assigned, int Skipped);

    [RequireRole(Roles.Hr)]
    public class Command : ICommand<Result>
    {
        [FromRoute(Name = "id")]
        public int CourseId { get; set; }
        [Display(Name = "Session")]
        public int? SessionId { get; set; }
        [Display(Name = "People (work emails, one per line)")]
        public string? Emails { get; set; }
        [Display(Name = "Department")]
        public int? DepartmentId { get; set; }
        [Display(Name = "Position")]
        public int? PositionId { get; set; }
        [Display(Name = "Due by")]
        public DateOnly? DueOn { get; set; }

        [BindNever]
        public Page? Page { get; set; }

        /// <summary>The emails no colleague has, found by the validator for its message.</summary>
        [BindNever]
        public string UnknownEmails { get; set; } = "";

        public IReadOnlyList<string> EmailList =>
            (Emails ?? "").Split(['\n', '\r', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(ErmDbContext db, IClock clock)
        {
            RuleFor(c => c.Emails).Must((c, _) => c.EmailList.Count > 0 || c.DepartmentId is not null || c.PositionId is not null)
                .WithMessage("Name people, or choose a department or a position.");
            RuleFor(c => c.Emails).MustAsync(async (c, _, ct) =>
                {
                    var emails = c.EmailList;
                    var known = await db.Employees.Where(e => emails.Contains(e.WorkEmail) && e.Status != EmployeeStatus.Left).Select(e => e.WorkEmail).ToListAsync(ct);
                    c.UnknownEmails = string.Join(", ", emails.Except(known, StringComparer.OrdinalIgnoreCase));
                    return c.UnknownEmails.Length == 0;
                })
                .WithMessage("No colleague has this work email: {0}").WithState(c => new object[] { c.UnknownEmails });
            RuleFor(c => c.SessionId).MustAsync((c, id, ct) => db.Set<CourseSession>()
                    .AnyAsync(s => s.Id == id && s.CourseId == c.CourseId && s.StartsAtUtc > clock.UtcNow && s.CancelledAtUtc == null, ct))
                .When(c => c.SessionId is not null).WithMessage("This session has passed or was cancelled; choose another.");
            RuleFor(c => c.DueOn).GreaterThanOrEqualTo(_ => clock.Today).When(c => c.DueOn is not null).WithMessage("The due date cannot be in the past.");
        }
    }

    public class QueryHandler(ErmDbContext db, IMediator mediator) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query request, CancellationToken ct)
        {
            var course = await mediator.Send(new RequestPlace.Query(request.CourseId), ct);
            var departments = await db.Departments.OrderBy(d => d.Name).Select(d => new Lookup(d.Id, d.Name)).ToListAsync(ct);
            var positions = await db.Positions.OrderBy(p => p.Title).Select(p => new Lookup(p.Id, p.Title)).ToListAsync(ct);
            return new Page(course.CourseId, course.Title, course.Sessions, departments, positions);
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock, SeatAllocator seats, PlaceNews news) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken ct)
        {
            if (!await db.Set<Course>().AnyAsync(c => c.Id == request.CourseId && c.ArchivedAtUtc == null, ct)) throw new NotFoundException();
            var emails = request.EmailList;
            var named = await db.Employees.Where(e => emails.Contains(e.WorkEmail) && e.Status != EmployeeStatus.Left)
                .Select(e => new { e.Id, e.WorkEmail }).ToListAsync(ct);
            var people = emails.SelectMany(email => named.Where(n => string.Equals(n.WorkEmail, email, StringComparison.OrdinalIgnoreCase)).Select(n => n.Id)).ToList();
            if (request.DepartmentId is not null || request.PositionId is not null)
                people.AddRange(await db.Employees
                    .Where(e => e.Status != EmployeeStatus.Left
                                && (request.DepartmentId == null || e.DepartmentId == request.DepartmentId)
                                && (request.PositionId == null || e.PositionId == request.PositionId))
                    .OrderBy(e => e.LegalLastName).ThenBy(e => e.LegalFirstName).ThenBy(e => e.Id)
                    .Select(e => e.Id).ToListAsync(ct));
            people = people.Distinct().ToList();
            var holding = await db.Set<Enrolment>().Where(e => e.CourseId == request.CourseId && Enrolment.Live.Contains(e.Status) && people.Contains(e.EmployeeId))
                .Select(e => e.EmployeeId).ToListAsync(ct);
            var now = clock.UtcNow;
            var places = people.Except(holding).Select(id => new Enrolment
            {
                EmployeeId = id, CourseId = request.CourseId, SessionId = request.SessionId, Status = EnrolmentStatus.Requested, RequestedAtUtc = now,
                AssignedByUserId = user.UserId, DueOn = request.DueOn,
            }).ToList();
            db.AddRange(places);
            await db.SaveChangesAsync(ct);
            await seats.PlaceAsync(places, ct);
            await news.AssignedAsync(places, ct);
            return new Result(places.Count, people.Count - places.Count);
        }
    }
}
