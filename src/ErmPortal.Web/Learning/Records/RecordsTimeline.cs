using ErmPortal.Data.Learning;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Learning.Records;

/// <summary>The training kinds of the employee's timeline and their arguments' names.</summary>
public static class RecordsTimelineKinds
{
    public const string Completed = "training-completed";
    public const string CertificationEarned = "certification-earned";
    public const string OutsideRecorded = "outside-training-recorded";
    public const string OutsideConfirmed = "outside-training-confirmed";
    public const string OutsideRefused = "outside-training-refused";

    public const string Title = "title", Day = "day", Hours = "hours", Expires = "expires";

    /// <summary>What a person learned is theirs, their managers' who develop them and HR's, like the rest of their development.</summary>
    public const TimelineAudience Audience = TimelineAudience.Subject | TimelineAudience.ManagerChain | TimelineAudience.Hr;

    public const string Link = "/me/learning/records";

    public static IServiceCollection AddRecordsTimelineKinds(this IServiceCollection services) => services
        .AddTimelineKind<TrainingCompletedKind>().AddTimelineKind<CertificationEarnedKind>().AddTimelineKind<OutsideTrainingRecordedKind>()
        .AddTimelineKind<OutsideTrainingConfirmedKind>().AddTimelineKind<OutsideTrainingRefusedKind>();

    public static TimelineArguments ArgumentsOf(TrainingRecord record)
    {
        var arguments = new TimelineArguments().With(Title, record.Title).With(Day, record.CompletedOn).WithAmount(Hours, record.Hours);
        return record.CertificateExpiresOn is { } expires ? arguments.With(Expires, expires) : arguments;
    }

    /// <summary>A passed completion with an expiring certificate is a certification earned; any other, training completed.</summary>
    public static string KindOf(TrainingRecord record) => record.CertificateExpiresOn is not null ? CertificationEarned : Completed;

    internal static string DayText(TimelineArguments a, string name, ViewerFormat f) => a.Date(name) is { } day ? f.Date(day) : "";

    internal static string HoursText(TimelineArguments a, ViewerFormat f) => (a.Amount(Hours) ?? 0).ToString("0.#", f.Culture);
}

public class TrainingCompletedKind : ITimelineKind
{
    public string Name => RecordsTimelineKinds.Completed;
    public string Label => "Training completed";
    public string Icon => "bi-mortarboard";
    public int Order => 800;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Completed {0} on {1} ({2} hours)", a.Text(RecordsTimelineKinds.Title) ?? "", RecordsTimelineKinds.DayText(a, RecordsTimelineKinds.Day, f), RecordsTimelineKinds.HoursText(a, f)];
}

public class CertificationEarnedKind : ITimelineKind
{
    public string Name => RecordsTimelineKinds.CertificationEarned;
    public string Label => "Certifications earned";
    public string Icon => "bi-patch-check";
    public int Order => 801;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Certified in {0} on {1}, valid until {2}", a.Text(RecordsTimelineKinds.Title) ?? "", RecordsTimelineKinds.DayText(a, RecordsTimelineKinds.Day, f),
            RecordsTimelineKinds.DayText(a, RecordsTimelineKinds.Expires, f)];
}

public class OutsideTrainingRecordedKind : ITimelineKind
{
    public string Name => RecordsTimelineKinds.OutsideRecorded;
    public string Label => "Outside training recorded";
    public string Icon => "bi-journal-plus";
    public int Order => 802;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Recorded outside training: {0}, completed on {1}", a.Text(RecordsTimelineKinds.Title) ?? "", RecordsTimelineKinds.DayText(a, RecordsTimelineKinds.Day, f)];
}

public class OutsideTrainingConfirmedKind : ITimelineKind
{
    public string Name => RecordsTimelineKinds.OutsideConfirmed;
    public string Label => "Outside training confirmed";
    public string Icon => "bi-journal-check";
    public int Order => 803;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["HR confirmed the outside training {0} ({1} hours)", a.Text(RecordsTimelineKinds.Title) ?? "", RecordsTimelineKinds.HoursText(a, f)];
}

public class OutsideTrainingRefusedKind : ITimelineKind
{
    public string Name => RecordsTimelineKinds.OutsideRefused;
    public string Label => "Outside training refused";
    public string Icon => "bi-journal-x";
    public int Order => 804;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["HR did not confirm the outside training {0}", a.Text(RecordsTimelineKinds.Title) ?? ""];
}

/// <summary>
/// Training on the person's timeline, in the same transaction as the record. Outside training has its own entries
/// (recorded, confirmed, refused); a completion HR records is "completed", or "certified" when its certificate expires.
/// </summary>
public class RecordTrainingOnTimeline(TimelineRecorder timeline)
    : INotificationHandler<TrainingCompleted>, INotificationHandler<OutsideTrainingRecorded>, INotificationHandler<OutsideTrainingConfirmed>,
        INotificationHandler<OutsideTrainingRefused>
{
    public Task Handle(TrainingCompleted notification, CancellationToken ct)
    {
        if (notification.Record.Source != TrainingRecordSource.SelfRecorded) Record(notification.Record, RecordsTimelineKinds.KindOf(notification.Record));
        return Task.CompletedTask;
    }

    public Task Handle(OutsideTrainingRecorded notification, CancellationToken ct) => Record(notification.Record, RecordsTimelineKinds.OutsideRecorded);

    public Task Handle(OutsideTrainingConfirmed notification, CancellationToken ct) => Record(notification.Record, RecordsTimelineKinds.OutsideConfirmed);

    public Task Handle(OutsideTrainingRefused notification, CancellationToken ct) => Record(notification.Record, RecordsTimelineKinds.OutsideRefused);

    private Task Record(TrainingRecord record, string kind)
    {
        timeline.RecordForEmployee(record.EmployeeId, kind, RecordsTimelineKinds.ArgumentsOf(record), RecordsTimelineKinds.Audience, RecordsTimelineKinds.Link);
        return Task.CompletedTask;
    }
}
