using ErmPortal.Data.Profiles;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Preferences;
using ErmPortal.Web.Timeline;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Profiles;

/// <summary>The self-service timeline kinds and their arguments.</summary>
public static class ProfileTimelineKinds
{
    public const string ProfileUpdated = "profile-updated";
    public const string ChangeRequest = "change-request";

    public const string Fields = "fields", Outcome = "outcome", Reason = "reason";
    public const string Submitted = "submitted", Approved = "approved", Rejected = "rejected", Withdrawn = "withdrawn";

    /// <summary>The self-service fields, by the name the profile form records them under, and their labels.</summary>
    public static readonly IReadOnlyDictionary<string, string> ProfileFieldLabels = new Dictionary<string, string>
    {
        ["preferred name"] = "Preferred name", ["pronouns"] = "Pronouns", ["work phone"] = "Work phone",
        ["personal email"] = "Personal email", ["personal phone"] = "Personal phone", ["career aspirations"] = "Career aspirations",
        ["emergency contacts"] = "Emergency contacts", ["skills"] = "Skills", ["interests"] = "Interests",
    };

    public static IServiceCollection AddProfileTimelineKinds(this IServiceCollection services) => services
        .AddTimelineKind<ProfileUpdatedKind>().AddTimelineKind<ChangeRequestKind>();

    public static TimelineArguments ChangeRequestArguments(IEnumerable<SensitiveField> fields, string outcome, string? reason) =>
        new TimelineArguments().With(Fields, fields.Select(f => f.ToString())).With(Outcome, outcome).With(Reason, reason);

    /// <summary>Field names inside a sentence: lower case where the language has case ("bank account"), joined as the language lists.</summary>
    internal static string FieldList(IEnumerable<string> labels, IStringLocalizer l, ViewerFormat f) =>
        f.List(labels.Select(label => f.Culture.TextInfo.ToLower(l[label])));
}

public class ProfileUpdatedKind : ITimelineKind
{
    public string Name => ProfileTimelineKinds.ProfileUpdated;
    public string Label => "Profile updates";
    public string Icon => "bi-pencil-square";
    public int Order => 60;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f) =>
        l["Updated {0}", ProfileTimelineKinds.FieldList(
            a.List(ProfileTimelineKinds.Fields).Select(key => ProfileTimelineKinds.ProfileFieldLabels.GetValueOrDefault(key, key)), l, f)];
}

public class ChangeRequestKind : ITimelineKind
{
    public string Name => ProfileTimelineKinds.ChangeRequest;
    public string Label => "Change requests";
    public string Icon => "bi-shield-check";
    public int Order => 70;

    public string Render(TimelineArguments a, IStringLocalizer l, ViewerFormat f)
    {
        var fields = ProfileTimelineKinds.FieldList(a.List(ProfileTimelineKinds.Fields)
            .Select(name => Enum.TryParse<SensitiveField>(name, out var field) ? Fields.Label(field) : name), l, f);
        return a.Text(ProfileTimelineKinds.Outcome) switch
        {
            ProfileTimelineKinds.Approved => l["Change of {0} approved and applied", fields],
            ProfileTimelineKinds.Rejected => l["Change of {0} rejected: {1}", fields, a.Text(ProfileTimelineKinds.Reason) ?? ""],
            ProfileTimelineKinds.Withdrawn => l["Change request for {0} withdrawn", fields],
            _ => l["Asked to change {0}", fields],
        };
    }
}

public static class Fields
{
    public static string Label(SensitiveField field) => field switch
    {
        SensitiveField.LegalFirstName => "Legal first name",
        SensitiveField.LegalLastName => "Legal last name",
        SensitiveField.HomeAddress => "Home address",
        SensitiveField.DateOfBirth => "Date of birth",
        SensitiveField.NationalId => "National id",
        SensitiveField.BankAccount => "Bank account",
        _ => field.ToString(),
    };
}
