using ErmPortal.Data.Organisation;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Shared;
using ErmPortal.Web.Timeline;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Organisation;

/// <summary>The organisation's timeline kinds and the names of their arguments, shared by the recorder, the renderers and the demo history.</summary>
public static class OrganisationTimelineKinds
{
    public const string Hired = "hired";
    public const string JobChanged = "job-changed";
    public const string JobChangeScheduled = "job-change-scheduled";
    public const string StatusChanged = "status-changed";
    public const string Leaving = "leaving";

    public const string Position = "position", Department = "department", Location = "location";
    public const string ChangeKind = "changeKind", LastDay = "lastDay", Voluntary = "voluntary", Reason = "reason";

    public static IServiceCollection AddOrganisationTimelineKinds(this IServiceCollection services) => services
        .AddTimelineKind<HiredKind>().AddTimelineKind<JobChangedKind>().AddTimelineKind<JobChangeScheduledKind>()
        .AddTimelineKind<StatusChangedKind>().AddTimelineKind<LeavingKind>();

    /// <summary>"Transfer", "Promotion"... in the reader's language; an unknown value shows as stored.</summary>
    internal static string ChangeKindLabel(TimelineArguments a, IStringLocalizer l) => l[a.Text(ChangeKind) ?? nameof(JobChangeKind.Transfer)];

    internal static string StatusLabel(string? status, IStringLocalizer l) =>
        Enum.TryParse<EmployeeStatus>(status, out var s) ? l[Labels.Of(s)] : status ?? "";
}

public class HiredKind : ITimelineKind
{
    public string Name => OrganisationTimelineKinds.Hired;
    public string Label => "Hired";
    public string Icon => "bi-person-plus";
    public int Order => 10;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Joined as {0} in {1}, {2}", a.Text(OrganisationTimelineKinds.Position) ?? "", a.Text(OrganisationTimelineKinds.Department) ?? "",
            a.Text(OrganisationTimelineKinds.Location) ?? ""];
}

public class JobChangedKind : ITimelineKind
{
    public string Name => OrganisationTimelineKinds.JobChanged;
    public string Label => "Job changes";
    public string Icon => "bi-briefcase";
    public int Order => 20;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f)
    {
        var parts = new List<string>();
        if (a.Has("toDepartment")) parts.Add(l["department {0} → {1}", a.Text("fromDepartment") ?? "", a.Text("toDepartment") ?? ""]);
        if (a.Has("toPosition")) parts.Add(l["position {0} → {1}", a.Text("fromPosition") ?? "", a.Text("toPosition") ?? ""]);
        if (a.Has("toLocation")) parts.Add(l["location {0} → {1}", a.Text("fromLocation") ?? "", a.Text("toLocation") ?? ""]);
        if (a.Has("managerChanged"))
            parts.Add(l["manager {0} → {1}", a.Text("fromManager") ?? l["none"], a.Text("toManager") ?? l["none"]]);
        return l["{0}: {1}", OrganisationTimelineKinds.ChangeKindLabel(a, l), string.Join(l["; "], parts)];
    }
}

public class JobChangeScheduledKind : ITimelineKind
{
    public string Name => OrganisationTimelineKinds.JobChangeScheduled;
    public string Label => "Scheduled changes";
    public string Icon => "bi-calendar-event";
    public int Order => 30;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["{0} planned for {1}: {2} in {3}", OrganisationTimelineKinds.ChangeKindLabel(a, l),
            a.Date("effectiveDate") is { } date ? f.Date(date) : "", a.Text(OrganisationTimelineKinds.Position) ?? "",
            a.Text(OrganisationTimelineKinds.Department) ?? ""];
}

public class StatusChangedKind : ITimelineKind
{
    public string Name => OrganisationTimelineKinds.StatusChanged;
    public string Label => "Status changes";
    public string Icon => "bi-arrow-left-right";
    public int Order => 40;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Status {0} → {1}", OrganisationTimelineKinds.StatusLabel(a.Text("from"), l), OrganisationTimelineKinds.StatusLabel(a.Text("to"), l)];
}

/// <summary>Two entries per leaving: the last day for everyone around the person, the reason for HR alone.</summary>
public class LeavingKind : ITimelineKind
{
    public string Name => OrganisationTimelineKinds.Leaving;
    public string Label => "Leaving";
    public string Icon => "bi-box-arrow-right";
    public int Order => 50;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f)
    {
        if (a.Date(OrganisationTimelineKinds.LastDay) is { } lastDay) return l["Last day set to {0}", f.Date(lastDay)];
        var reason = a.Text(OrganisationTimelineKinds.Reason) ?? "";
        return a.Bool(OrganisationTimelineKinds.Voluntary) == true ? l["Leaving voluntarily: {0}", reason] : l["Leaving involuntarily: {0}", reason];
    }
}
