using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using ErmPortal.Data.Timeline;
using ErmPortal.Web;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace ErmPortal.Tests.Unit;

/// <summary>Every registered timeline kind, told in each of the portal's languages from the same stored arguments.</summary>
public class TimelineRenderingTests
{
    // Names as a Persian organisation would have them, so any Latin letter in a Persian sentence is the portal's.
    private const string Engineer = "مهندس نرم‌افزار", Lead = "سرپرست فنی", Engineering = "مهندسی", Tehran = "دفتر تهران", Remote = "دورکار";

    /// <summary>Every variant of every kind the modules record, as the recorders write them.</summary>
    private static readonly Dictionary<string, TimelineArguments[]> Samples = new()
    {
        ["hired"] = [Job(new TimelineArguments())],
        ["job-changed"] =
        [
            new TimelineArguments().With("changeKind", "Promotion").With("fromPosition", Engineer).With("toPosition", Lead)
                .With("fromDepartment", Engineering).With("toDepartment", Engineering + " ۲").With("fromLocation", Tehran).With("toLocation", Remote)
                .With("managerChanged", true).With("fromManager", "سارا احمدی"),
            new TimelineArguments().With("changeKind", "Transfer").With("fromLocation", Tehran).With("toLocation", Remote),
        ],
        ["job-change-scheduled"] = [Job(new TimelineArguments().With("changeKind", "Transfer").With("effectiveDate", new DateOnly(2026, 3, 21)))],
        ["status-changed"] = [new TimelineArguments().With("from", "Onboarding").With("to", "Active"), new TimelineArguments().With("from", "Active").With("to", "OnLeave")],
        ["leaving"] =
        [
            new TimelineArguments().With("lastDay", new DateOnly(2026, 3, 21)),
            new TimelineArguments().With("voluntary", true).With("reason", "مهاجرت"),
            new TimelineArguments().With("voluntary", false).With("reason", "تعدیل"),
        ],
        ["profile-updated"] = [new TimelineArguments().With("fields", ["preferred name", "pronouns", "work phone", "personal email", "personal phone",
            "career aspirations", "emergency contacts", "skills", "interests"])],
        ["change-request"] = new[] { "submitted", "approved", "rejected", "withdrawn" }.Select(outcome => new TimelineArguments()
            .With("fields", ["LegalFirstName", "LegalLastName", "HomeAddress", "DateOfBirth", "NationalId", "BankAccount"]).With("outcome", outcome)
            .With("reason", outcome == "rejected" ? "مدرک ناخوانا است" : null)).ToArray(),
        ["legacy"] = [new TimelineArguments().With("text", "متن قدیمی")],
        ["applied"] = Enum.GetNames<ErmPortal.Data.Recruitment.CandidateSource>()
            .Select(source => new TimelineArguments().With("opening", Engineer).With("source", source)).ToArray(),
        ["moved"] =
        [
            new TimelineArguments().With("opening", Engineer).With("from", "غربالگری").With("to", "مصاحبه").With("toKind", "Interview"),
            new TimelineArguments().With("opening", Engineer).With("from", "مصاحبه").With("to", "ردشده").With("toKind", "Rejected").With("reason", "تجربهٔ کم"),
        ],
        ["note"] = [new TimelineArguments().With("opening", Engineer).With("text", "نمونه کار خوبی دارد")],
        ["invited-to-apply"] = [new TimelineArguments().With("opening", Engineer)],
        ["told-of-opening"] = [new TimelineArguments().With("opening", Engineer)],
        ["offer"] = Enum.GetNames<ErmPortal.Data.Recruitment.OfferStatus>().Select(status => new TimelineArguments().With("status", status)
            .With("position", Engineer)).ToArray(),
        ["candidate-hired"] = [new TimelineArguments().With("transfer", false).With("position", Engineer).With("startDate", new DateOnly(2026, 3, 21)),
            new TimelineArguments().With("transfer", true).With("position", Lead).With("startDate", new DateOnly(2026, 3, 21))],
        ["recruited"] = [new TimelineArguments().With("opening", "مهندس نرم‌افزار ارشد")],
        ["interview-scheduled"] = [Interview()],
        ["interview-rescheduled"] = [Interview()],
        ["interview-cancelled"] = [Interview()],
        ["scorecard-submitted"] = Enum.GetNames<ErmPortal.Data.Recruitment.Recommendation>().Select(r => new TimelineArguments()
            .With("opening", Lead).With("interviewer", "سارا احمدی").With("recommendation", r)).ToArray(),
        ["candidate-emailed"] = [new TimelineArguments().With("opening", Engineer).With("stage", "مصاحبه"), new TimelineArguments()],
        ["plan-started"] = Enum.GetNames<ErmPortal.Data.Onboarding.JourneyKind>().Select(kind => new TimelineArguments().With("kind", kind)
            .With("day", new DateOnly(2026, 3, 23))).ToArray(),
        ["plan-task-completed"] = [new TimelineArguments().With("task", "تحویل لپ‌تاپ"),
            new TimelineArguments().With("task", "خواندن آیین‌نامه").With("document", "آیین‌نامهٔ رفتار")],
        ["check-in"] = [new TimelineArguments().With("days", 30).With("respondent", "Employee").With("average10", 43).With("flagged", false),
            new TimelineArguments().With("days", 60).With("respondent", "Manager").With("average10", 23).With("flagged", true)],
        ["plan-completed"] = Enum.GetNames<ErmPortal.Data.Onboarding.JourneyKind>().Select(kind => new TimelineArguments().With("kind", kind)).ToArray(),
        ["learning-requested"] = [Course(), new TimelineArguments().With("course", "آموزش خودخوان")],
        ["learning-approved"] = [Course().With("waiting", false), Course().With("waiting", true)],
        ["learning-declined"] = [Course().With("reason", "بودجهٔ این فصل تمام شده است")],
        ["learning-assigned"] = [Course(), Course().With("due", new DateOnly(2026, 4, 30))],
        ["learning-withdrawn"] = [Course().With("cancelled", false), Course().With("cancelled", true)],
        ["learning-seated"] = [Course()],
        ["training-completed"] = [Training(), Training().WithAmount("hours", 1.5m)],
        ["certification-earned"] = [Training().With("expires", new DateOnly(2029, 3, 23))],
        ["outside-training-recorded"] = [Training()],
        ["outside-training-confirmed"] = [Training()],
        ["outside-training-refused"] = [Training()],
        ["development-plan-agreed"] = [new TimelineArguments().With("goals", 3).With("courses", 2)],
        ["review-self-assessment-submitted"] = [ReviewCycle()],
        ["review-manager-assessment-submitted"] = [ReviewCycle()],
        ["review-shared"] = [ReviewCycle()],
        ["review-acknowledged"] = [ReviewCycle()],
        ["review-disagreed"] = [ReviewCycle()],
        ["pay-salary-changed"] = Enum.GetNames<ErmPortal.Data.Compensation.SalaryChangeReason>().Select(reason => new TimelineArguments()
            .With("reason", reason).With("day", new DateOnly(2027, 1, 1)).WithAmount("change", 3.5m))
            .Append(new TimelineArguments().With("reason", "Hire").With("day", new DateOnly(2026, 3, 21))).ToArray(),
    };

    private static TimelineArguments ReviewCycle() => new TimelineArguments().With("cycle", "ارزیابی سالانهٔ ۲۰۲۶");

    private static TimelineArguments Course() => new TimelineArguments().With("course", "مهارت‌های رهبری").With("day", new DateOnly(2026, 3, 23));

    private static TimelineArguments Training() => new TimelineArguments().With("title", "کمک‌های اولیه در محل کار")
        .With("day", new DateOnly(2026, 3, 23)).WithAmount("hours", 12m);

    private static TimelineArguments Interview() => new TimelineArguments().With("opening", Lead)
        .With("startsAt", new DateTime(2026, 3, 21, 9, 30, 0, DateTimeKind.Utc)).With("interviewers", ["سارا احمدی", "رضا کریمی"]);

    private static TimelineArguments Job(TimelineArguments a) => a.With("position", Engineer).With("department", Engineering).With("location", Tehran);

    private static readonly IReadOnlyList<ITimelineKind> Kinds = typeof(TimelineRenderer).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITimelineKind).IsAssignableFrom(t))
        .Select(t => (ITimelineKind)Activator.CreateInstance(t)!).ToList();

    public static ViewerFormat FormatFor(string? timeZoneClaim = null, string portalZone = "UTC")
    {
        var user = new Mock<ICurrentUser>();
        var identity = new ClaimsIdentity(timeZoneClaim is null ? [] : [new Claim(ViewerFormat.TimeZoneClaim, timeZoneClaim)], "test");
        user.Setup(u => u.Principal).Returns(new ClaimsPrincipal(identity));
        return new ViewerFormat(user.Object, Options.Create(new PortalTimeOptions { TimeZone = portalZone }));
    }

    private static List<(string Kind, string Text)> RenderAll(string culture)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var format = FormatFor();
            var renderer = new TimelineRenderer(Kinds, Localizers.Factory, new StringLocalizer<TimelineResource>(Localizers.Factory), format);
            return Kinds.SelectMany(kind => Samples[kind.Name]
                .Select(a => (kind.Name, renderer.Render(new TimelineLine(DateTime.UtcNow, kind.Name, a, null, null)).Text))).ToList();
        }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current); }
    }

    [Fact]
    public void Should_have_a_sample_for_every_kind_when_a_module_registers_one()
    {
        Assert.Equal(Samples.Keys.Order(), Kinds.Select(k => k.Name).Order());
    }

    [Theory]
    [InlineData("fa")]
    [InlineData("zh-Hans")]
    public void Should_tell_every_kind_without_an_english_word_when_the_reader_reads_persian_or_chinese(string culture)
    {
        foreach (var (kind, text) in RenderAll(culture))
        {
            Assert.False(string.IsNullOrWhiteSpace(text), kind);
            Assert.False(Regex.IsMatch(text, "[A-Za-z]"), $"{kind} in {culture}: {text}");
        }
    }

    [Fact]
    public void Should_tell_every_kind_in_italian_differently_from_english()
    {
        var english = RenderAll("en");
        var italian = RenderAll("it");
        foreach (var ((kind, en), (_, it)) in english.Zip(italian).Where(p => p.First.Kind != "legacy"))
            Assert.True(en != it, $"{kind} reads the same in Italian: {it}");
    }

    [Fact]
    public void Should_tell_the_stored_facts_when_the_reader_reads_english()
    {
        var english = RenderAll("en").Select(r => r.Text).ToList();
        Assert.Contains($"Joined as {Engineer} in {Engineering}, {Tehran}", english);
        Assert.Contains("Status Onboarding → Active", english);
        Assert.Contains("Last day set to 3/21/2026", english);
        Assert.Contains("Updated preferred name, pronouns, work phone, personal email, personal phone, career aspirations, emergency contacts, skills, interests", english);
        Assert.Contains("Change of legal first name, legal last name, home address, date of birth, national id, bank account approved and applied", english);
        Assert.Contains(english, t => t.StartsWith("Promotion: department", StringComparison.Ordinal) && t.Contains("manager سارا احمدی → none"));
    }

    [Fact]
    public void Should_show_dates_in_the_persian_calendar_when_the_reader_reads_persian()
    {
        var persian = RenderAll("fa").Select(r => r.Text).ToList();
        Assert.Contains(persian, t => t.Contains("1405/1/1")); // 21 March 2026 is the first day of 1405
        Assert.DoesNotContain(persian, t => t.Contains("2026"));
    }

    [Fact]
    public void Should_force_the_persian_calendar_when_the_platform_gives_persian_the_gregorian_one()
    {
        var gregorian = (CultureInfo)CultureInfo.GetCultureInfo("fa").Clone();
        gregorian.DateTimeFormat.Calendar = new GregorianCalendar();
        var culture = ViewerFormat.WithNativeCalendar(gregorian);
        Assert.IsType<PersianCalendar>(culture.DateTimeFormat.Calendar);
        Assert.StartsWith("1405", new DateOnly(2026, 3, 21).ToString("yyyy", culture));
    }

    [Fact]
    public void Should_show_times_in_tehran_time_when_the_reader_lives_in_tehran()
    {
        var format = FormatFor("Asia/Tehran");
        Assert.Equal(TimeSpan.FromHours(3.5), format.TimeZone.GetUtcOffset(new DateTime(2026, 1, 10, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 1, 10, 15, 30, 0), format.ToLocal(new DateTime(2026, 1, 10, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Should_use_the_portal_zone_when_the_reader_has_none_or_an_unknown_one()
    {
        Assert.Equal("Europe/Rome", FormatFor(null, "Europe/Rome").TimeZone.Id);
        Assert.Equal("Europe/Rome", FormatFor("Mars/Olympus", "Europe/Rome").TimeZone.Id);
        Assert.Equal(TimeZoneInfo.Utc.BaseUtcOffset, FormatFor().TimeZone.BaseUtcOffset);
    }
}
