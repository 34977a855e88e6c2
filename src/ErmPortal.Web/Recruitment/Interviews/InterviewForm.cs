using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Preferences;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>
/// What scheduling and rescheduling ask: the day and time as the wall clock of the person scheduling shows them (in
/// their time zone, kept in UTC), the length, the panel, and a place or a video link. The panel is ticked from the
/// opening's interviewers, or named by work email: with thousands of colleagues a list of everyone would be unusable,
/// so the email field suggests matches as one types (and works without them).
/// </summary>
public abstract class InterviewForm
{
    [Display(Name = "Day")]
    public DateOnly? Date { get; set; }
    [Display(Name = "Start time")]
    public TimeOnly? Time { get; set; }
    [Display(Name = "Duration in minutes")]
    public int DurationMinutes { get; set; } = 60;
    [Display(Name = "Interviewers")]
    public List<int> InterviewerIds { get; set; } = [];
    [Display(Name = "More interviewers")]
    public string? MoreInterviewers { get; set; }
    [Display(Name = "Place")]
    public string? Place { get; set; }
    [Display(Name = "Video link")]
    public string? VideoLink { get; set; }

    public static IEnumerable<string> EmailsIn(string? text) =>
        (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase);
}

/// <summary>An employee the form offers as an interviewer; the opening's own interviewers come first.</summary>
public record InterviewerOption(int Id, string Name, string? Position, bool OfOpening);

/// <summary>
/// Turns the form into an interview plan and back: the viewer's local time to UTC and the UTC start to their day and
/// time, the ticked ids and typed emails to employees, and the people to offer.
/// </summary>
public class InterviewPlanning(ErmDbContext db, ViewerFormat format)
{
    public TimeZoneInfo Zone => format.TimeZone;

    public DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), format.TimeZone);

    /// <summary>Fills the day and time fields from a stored start, as the viewer's clock shows it.</summary>
    public void ShowStart(InterviewForm form, DateTime startsAtUtc)
    {
        var local = format.ToLocal(startsAtUtc);
        form.Date = DateOnly.FromDateTime(local);
        form.Time = TimeOnly.FromDateTime(local);
    }

    public async Task<InterviewPlan> PlanAsync(InterviewForm form, CancellationToken ct)
    {
        var emails = InterviewForm.EmailsIn(form.MoreInterviewers).Select(e => e.ToUpperInvariant()).ToList();
        var byEmail = emails.Count == 0 ? [] : await Colleagues()
            .Where(e => emails.Contains(e.WorkEmail.ToUpper())).Select(e => e.Id).ToListAsync(ct);
        var ticked = form.InterviewerIds.Count == 0 ? [] : await Colleagues()
            .Where(e => form.InterviewerIds.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct);
        return new InterviewPlan(ToUtc(form.Date!.Value, form.Time!.Value), form.DurationMinutes, form.Place, form.VideoLink,
            ticked.Concat(byEmail).Distinct().ToList());
    }

    /// <summary>The opening's interviewers, then anyone already chosen who is not one of them.</summary>
    public async Task<IReadOnlyList<InterviewerOption>> OptionsAsync(int openingId, IReadOnlyCollection<int> chosen, CancellationToken ct)
    {
        var ofOpening = db.Set<OpeningInterviewer>().Where(i => i.OpeningId == openingId).Select(i => i.EmployeeId);
        var people = await db.Employees.Where(e => ofOpening.Contains(e.Id) || chosen.Contains(e.Id))
            .Select(e => new InterviewerOption(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName, e.Position.Title,
                ofOpening.Contains(e.Id)))
            .ToListAsync(ct);
        return people.OrderByDescending(p => p.OfOpening).ThenBy(p => p.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Who can be asked to interview: anyone still working here.</summary>
    private IQueryable<Employee> Colleagues() => db.Employees.Where(e => e.Status != EmployeeStatus.Left);
}

/// <summary>The rules of the form, shared by scheduling and rescheduling; the entity checks the same again.</summary>
public abstract class InterviewFormRules<TForm> : AbstractValidator<TForm> where TForm : InterviewForm
{
    public InterviewFormRules(ErmDbContext db, InterviewPlanning planning, IClock clock)
    {
        RuleFor(f => f.Date).NotNull().WithMessage("Choose the day of the interview.");
        RuleFor(f => f.Time).NotNull().WithMessage("Choose the time the interview starts.");
        When(f => f.Date is not null && f.Time is not null, () =>
        {
            // A time the clocks skip (the spring change) does not exist on the interviewer's wall either.
            RuleFor(f => f.Time).Must((f, t) => !planning.Zone.IsInvalidTime(f.Date!.Value.ToDateTime(t!.Value)))
                .WithMessage("That time does not exist in your time zone because the clocks change; choose another.")
                .DependentRules(() =>
                    RuleFor(f => f.Time).Must((f, t) => planning.ToUtc(f.Date!.Value, t!.Value) is var utc && utc > clock.UtcNow && utc < clock.UtcNow.AddYears(1))
                        .WithMessage("Choose a time in the coming year."));
        });
        RuleFor(f => f.DurationMinutes).InclusiveBetween(Interview.MinDurationMinutes, Interview.MaxDurationMinutes)
            .WithMessage("An interview lasts between {0} and {1} minutes.").WithState(_ => new object[] { Interview.MinDurationMinutes, Interview.MaxDurationMinutes });
        RuleFor(f => f.Place).MaximumLength(200)
            .Must((f, place) => !string.IsNullOrWhiteSpace(place) || !string.IsNullOrWhiteSpace(f.VideoLink)).WithMessage("Give a place or a video link.");
        RuleFor(f => f.VideoLink).MaximumLength(500)
            .Must(Interview.IsWebAddress).When(f => !string.IsNullOrWhiteSpace(f.VideoLink))
            .WithMessage("The video link must be a web address starting with http:// or https://.");
        RuleFor(f => f.MoreInterviewers).CustomAsync(async (text, context, ct) =>
        {
            var emails = InterviewForm.EmailsIn(text).ToList();
            if (emails.Count == 0) return;
            var upper = emails.Select(e => e.ToUpperInvariant()).ToList();
            var known = await db.Employees.Where(e => e.Status != EmployeeStatus.Left && upper.Contains(e.WorkEmail.ToUpper()))
                .Select(e => e.WorkEmail.ToUpper()).ToListAsync(ct);
            var unknown = emails.Where(e => !known.Contains(e.ToUpperInvariant())).ToList();
            if (unknown.Count > 0)
                context.AddFailure(new FluentValidation.Results.ValidationFailure(nameof(InterviewForm.MoreInterviewers),
                    "No colleague has the work email {0}.") { CustomState = new object[] { string.Join(", ", unknown) } });
        });
        RuleFor(f => f.InterviewerIds)
            .Must((f, ids) => ids.Count + InterviewForm.EmailsIn(f.MoreInterviewers).Count() > 0).WithMessage("Choose at least one interviewer.")
            .Must((f, ids) => ids.Distinct().Count() + InterviewForm.EmailsIn(f.MoreInterviewers).Count() <= Interview.MaxInterviewers)
            .WithMessage("Choose at most {0} interviewers.").WithState(_ => new object[] { Interview.MaxInterviewers });
    }
}

/// <summary>What the shared fields partial shows: the form as it stands and whom it offers.</summary>
public record InterviewFieldsModel(InterviewForm Form, IReadOnlyList<InterviewerOption> Interviewers, string TimeZone);
