using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Preferences;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Sessions;

/// <summary>
/// What HR writes about a session: the day and times on the clock of the place it happens (its time zone is kept, the
/// times in UTC), where (a room, a link, or both), who trains (a colleague by work email, or an outside trainer by
/// name) and how many seats it has.
/// </summary>
public abstract class SessionForm
{
    /// <summary>From the address, so that it is known when the form is validated, before the action runs.</summary>
    [FromRoute(Name = "id")]
    public int CourseId { get; set; }
    [Display(Name = "Day")]
    public DateOnly? Date { get; set; }
    [Display(Name = "Start time")]
    public TimeOnly? StartTime { get; set; }
    /// <summary>Empty for a session that ends the day it starts.</summary>
    [Display(Name = "Last day")]
    public DateOnly? EndDate { get; set; }
    [Display(Name = "End time")]
    public TimeOnly? EndTime { get; set; }
    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = "";
    [Display(Name = "Place")]
    public string? Place { get; set; }
    [Display(Name = "Online link")]
    public string? Link { get; set; }
    [Display(Name = "Trainer's work email")]
    public string? TrainerEmail { get; set; }
    [Display(Name = "Outside trainer")]
    public string? TrainerName { get; set; }
    [Display(Name = "Seats")]
    public int Capacity { get; set; } = 12;

    /// <summary>The course and the time zones to choose from; filled for the page, never posted.</summary>
    [BindNever]
    public SessionPage? Page { get; set; }

    public const int MaxCapacity = 1000;

    public TimeZoneInfo? Zone => ViewerFormat.FindZone(TimeZoneId);
    public DateTime LocalStart => Date!.Value.ToDateTime(StartTime!.Value);
    public DateTime LocalEnd => (EndDate ?? Date!.Value).ToDateTime(EndTime!.Value);

    /// <summary>Writes the form onto the session; the trainer, if a colleague, is found by the validator first.</summary>
    public void ApplyTo(CourseSession session, int? trainerEmployeeId)
    {
        var zone = Zone!;
        session.TimeZoneId = zone.Id;
        session.StartsAtUtc = TimeZoneInfo.ConvertTimeToUtc(LocalStart, zone);
        session.EndsAtUtc = TimeZoneInfo.ConvertTimeToUtc(LocalEnd, zone);
        session.Place = Tidy(Place);
        session.Link = Tidy(Link);
        session.TrainerEmployeeId = trainerEmployeeId;
        session.TrainerName = trainerEmployeeId is null ? Tidy(TrainerName) : null;
        session.ChangeCapacity(Capacity);
    }

    /// <summary>The form as it shows a stored session, on the clock of its own time zone.</summary>
    public void Fill(CourseSession session, string? trainerEmail)
    {
        var zone = ViewerFormat.FindZone(session.TimeZoneId) ?? TimeZoneInfo.Utc;
        var start = TimeZoneInfo.ConvertTimeFromUtc(session.StartsAtUtc, zone);
        var end = TimeZoneInfo.ConvertTimeFromUtc(session.EndsAtUtc, zone);
        (Date, StartTime, EndDate, EndTime) = (DateOnly.FromDateTime(start), TimeOnly.FromDateTime(start),
            start.Date == end.Date ? null : DateOnly.FromDateTime(end), TimeOnly.FromDateTime(end));
        (TimeZoneId, Place, Link, TrainerEmail, TrainerName, Capacity) = (session.TimeZoneId, session.Place, session.Link, trainerEmail, session.TrainerName, session.Capacity);
    }

    public static Task<int?> TrainerIdAsync(ErmDbContext db, string? email, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(email) ? Task.FromResult<int?>(null)
            : db.Employees.Where(e => e.WorkEmail == email.Trim() && e.Status != EmployeeStatus.Left).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public abstract class SessionFormValidator<T> : AbstractValidator<T> where T : SessionForm
{
    protected SessionFormValidator(ErmDbContext db)
    {
        RuleFor(s => s.CourseId).MustAsync((id, ct) => db.Set<Course>().AnyAsync(c => c.Id == id && c.ArchivedAtUtc == null, ct))
            .WithMessage("This course is archived; it takes no new sessions.");
        RuleFor(s => s.Date).NotNull();
        RuleFor(s => s.StartTime).NotNull();
        RuleFor(s => s.EndTime).NotNull();
        RuleFor(s => s.TimeZoneId).Must(id => ViewerFormat.FindZone(id) is not null).WithMessage("Choose a time zone from the list.");
        When(s => s.Date is not null && s.StartTime is not null && s.EndTime is not null && s.Zone is not null, () =>
        {
            RuleFor(s => s.EndTime).Must((s, _) => s.LocalEnd > s.LocalStart).WithMessage("The session must end after it starts.");
            RuleFor(s => s.EndDate).Must((s, _) => s.LocalEnd <= s.LocalStart.AddDays(14)).WithMessage("A session lasts at most 14 days; plan longer courses as several sessions.");
            RuleFor(s => s.StartTime).Must((s, _) => !s.Zone!.IsInvalidTime(s.LocalStart)).WithMessage("That time does not exist in this time zone (the clocks go forward).");
            RuleFor(s => s.EndTime).Must((s, _) => !s.Zone!.IsInvalidTime(s.LocalEnd)).WithMessage("That time does not exist in this time zone (the clocks go forward).");
        });
        RuleFor(s => s.Place).MaximumLength(200);
        RuleFor(s => s.Link).MaximumLength(500)
            .Must(link => Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps).When(s => !string.IsNullOrWhiteSpace(s.Link))
            .WithMessage("Give a link that starts with https://.");
        RuleFor(s => s.Place).Must((s, place) => !string.IsNullOrWhiteSpace(place) || !string.IsNullOrWhiteSpace(s.Link))
            .WithMessage("Say where it happens: a place, an online link, or both.");
        RuleFor(s => s.TrainerName).MaximumLength(200)
            .Must((s, name) => string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(s.TrainerEmail))
            .WithMessage("Name a colleague or an outside trainer, not both.");
        RuleFor(s => s.TrainerEmail).MustAsync(async (email, ct) => await SessionForm.TrainerIdAsync(db, email, ct) is not null)
            .When(s => !string.IsNullOrWhiteSpace(s.TrainerEmail))
            .WithMessage("No colleague has this work email.");
        RuleFor(s => s.Capacity).InclusiveBetween(1, SessionForm.MaxCapacity).WithMessage("Give between 1 and 1000 seats.");
    }
}

/// <summary>The course a session form is for, and the time zones to choose from.</summary>
public record SessionPage(int CourseId, string CourseTitle, IReadOnlyList<string> TimeZones)
{
    public static async Task<SessionPage> LoadAsync(ErmDbContext db, int courseId, CancellationToken ct)
    {
        var title = await db.Set<Course>().Where(c => c.Id == courseId && c.ArchivedAtUtc == null).Select(c => c.Title).FirstOrDefaultAsync(ct)
                    ?? throw new Infrastructure.Mediator.NotFoundException();
        return new SessionPage(courseId, title, TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal).ToList());
    }
}
