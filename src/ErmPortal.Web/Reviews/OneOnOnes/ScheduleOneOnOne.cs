using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Preferences;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>
/// A manager schedules a 1:1 with one of their direct reports, on a day and at a time of the manager's time zone; the
/// report is told. Open action items of their earlier meetings show on it by themselves.
/// </summary>
public static class ScheduleOneOnOne
{
    public record Query(int EmployeeId) : IRequest<Model>
    {
        public Command? Form { get; init; }
    }

    public record Model(string Person, string TimeZone, Command Form);

    public class Command : ICommand<int>
    {
        public int EmployeeId { get; set; }
        [Display(Name = "Day")]
        public DateOnly? Date { get; set; }
        [Display(Name = "Time")]
        public TimeOnly? Time { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).NotNull();
            RuleFor(c => c.Time).NotNull();
        }
    }

    public class QueryHandler(ErmDbContext db, OneOnOneAccess access, ViewerFormat format) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            await access.RequireCanScheduleAsync(request.EmployeeId, ct);
            var person = await db.Employees.Where(e => e.Id == request.EmployeeId)
                .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).SingleAsync(ct);
            return new Model(person, format.TimeZone.Id, request.Form ?? new Command { EmployeeId = request.EmployeeId, Time = new TimeOnly(10, 0) });
        }
    }

    public class Handler(ErmDbContext db, OneOnOneAccess access, ViewerFormat format, IClock clock, INotifier notifier, ICurrentUser user)
        : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            await access.RequireCanScheduleAsync(request.EmployeeId, ct);
            var local = request.Date!.Value.ToDateTime(request.Time!.Value, DateTimeKind.Unspecified);
            // A time the clocks skip when they go forward is taken as the hour after, as a calendar would.
            if (format.TimeZone.IsInvalidTime(local)) local = local.AddHours(1);
            var meeting = new OneOnOne
            {
                ManagerId = access.Me, EmployeeId = request.EmployeeId, CreatedAtUtc = clock.UtcNow,
                ScheduledAtUtc = TimeZoneInfo.ConvertTimeToUtc(local, format.TimeZone),
            };
            db.Add(meeting);
            await db.SaveChangesAsync(ct);
            if (await db.Employees.Where(e => e.Id == request.EmployeeId).Select(e => e.UserId).SingleAsync(ct) is { } report)
                await notifier.NotifyAsync([report], OneOnOneNotifications.Scheduled,
                    new NotificationArguments { ["by"] = user.ActorName(), ["day"] = NotificationArguments.DateValue(request.Date.Value) },
                    $"/reviews/one-on-ones/{meeting.Id.ToString(CultureInfo.InvariantCulture)}", ct);
            return meeting.Id;
        }
    }
}
