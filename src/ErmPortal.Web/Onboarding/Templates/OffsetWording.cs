using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>
/// A task's due offset as HR would say it: "5 working days before the first day", "on the last working day of the
/// month". One phrase per unit, direction and journey, because languages bend "before the first day" differently and a
/// phrase assembled from pieces would read badly in some of them.
/// </summary>
public static class OffsetWording
{
    public record Phrase(string One, string Other);

    public static string Describe(IStringLocalizer l, int offset, OffsetUnit unit, JourneyKind kind)
    {
        var phrase = PhraseOf(offset, unit, kind);
        return l.Plural(Math.Abs(offset), phrase.One, phrase.Other);
    }

    public static Phrase PhraseOf(int offset, OffsetUnit unit, JourneyKind kind)
    {
        var leaving = kind == JourneyKind.Offboarding;
        var sign = Math.Sign(offset);
        return (unit, sign, leaving) switch
        {
            (OffsetUnit.MonthEnd, 0, false) => Same("On the last working day of the month of the first day"),
            (OffsetUnit.MonthEnd, 0, true) => Same("On the last working day of the month of the last day"),
            (OffsetUnit.MonthEnd, > 0, false) => new("On the last working day of the month after the first day", "On the last working day of the month {0} months after the first day"),
            (OffsetUnit.MonthEnd, > 0, true) => new("On the last working day of the month after the last day", "On the last working day of the month {0} months after the last day"),
            (OffsetUnit.MonthEnd, _, false) => new("On the last working day of the month before the first day", "On the last working day of the month {0} months before the first day"),
            (OffsetUnit.MonthEnd, _, true) => new("On the last working day of the month before the last day", "On the last working day of the month {0} months before the last day"),
            (_, 0, false) => Same("On the first day"),
            (_, 0, true) => Same("On the last day"),
            (OffsetUnit.WorkingDays, > 0, false) => new("1 working day after the first day", "{0} working days after the first day"),
            (OffsetUnit.WorkingDays, > 0, true) => new("1 working day after the last day", "{0} working days after the last day"),
            (OffsetUnit.WorkingDays, _, false) => new("1 working day before the first day", "{0} working days before the first day"),
            (OffsetUnit.WorkingDays, _, true) => new("1 working day before the last day", "{0} working days before the last day"),
            (OffsetUnit.Months, > 0, false) => new("1 month after the first day", "{0} months after the first day"),
            (OffsetUnit.Months, > 0, true) => new("1 month after the last day", "{0} months after the last day"),
            (OffsetUnit.Months, _, false) => new("1 month before the first day", "{0} months before the first day"),
            (OffsetUnit.Months, _, true) => new("1 month before the last day", "{0} months before the last day"),
            (_, > 0, false) => new("1 day after the first day", "{0} days after the first day"),
            (_, > 0, true) => new("1 day after the last day", "{0} days after the last day"),
            (_, _, false) => new("1 day before the first day", "{0} days before the first day"),
            (_, _, true) => new("1 day before the last day", "{0} days before the last day"),
        };
    }

    /// <summary>Every phrase, for the page's live preview and for the check that each has its translations.</summary>
    public static IEnumerable<(string Id, Phrase Phrase)> All(JourneyKind kind) =>
        from unit in Enum.GetValues<OffsetUnit>()
        from offset in new[] { -2, 0, 2 }
        select ($"{unit}:{Math.Sign(offset)}", PhraseOf(offset, unit, kind));

    private static Phrase Same(string text) => new(text, text);
}

/// <summary>The English words for the template's enum values; views pass them through the localizer.</summary>
public static class TemplateLabels
{
    public static string Of(TaskOwner owner) => owner switch
    {
        TaskOwner.Hr => "HR",
        TaskOwner.Manager => "Manager",
        TaskOwner.It => "IT",
        TaskOwner.Buddy => "Buddy",
        _ => "The person",
    };

    /// <summary>The person the journey is about is a new hire when joining and the leaver when leaving.</summary>
    public static string Of(TaskOwner owner, JourneyKind kind) =>
        owner == TaskOwner.Employee ? kind == JourneyKind.Onboarding ? "New hire" : "Leaver" : Of(owner);

    public static string Of(OffsetUnit unit) => unit switch
    {
        OffsetUnit.Days => "Calendar days",
        OffsetUnit.WorkingDays => "Working days",
        OffsetUnit.Months => "Months",
        _ => "Month end",
    };

    public static string Of(JourneyKind kind) => kind.ToString();

    public static string Of(EmployeeDocumentType type) => type switch
    {
        EmployeeDocumentType.IdentityDocument => "Identity document",
        EmployeeDocumentType.WorkPermit => "Work permit",
        EmployeeDocumentType.SignedPolicy => "Signed policy",
        EmployeeDocumentType.Contract => "Contract",
        EmployeeDocumentType.Certificate => "Certificate",
        _ => "Other",
    };

    public static IEnumerable<string> All =>
        Enum.GetValues<TaskOwner>().Select(Of)
            .Concat(Enum.GetValues<JourneyKind>().SelectMany(k => new[] { Of(TaskOwner.Employee, k), Of(k) }))
            .Concat(Enum.GetValues<OffsetUnit>().Select(Of))
            .Concat(Enum.GetValues<EmployeeDocumentType>().Select(Of))
            .Concat(Enum.GetValues<JourneyKind>().SelectMany(OffsetWording.All).SelectMany(p => new[] { p.Phrase.One, p.Phrase.Other }))
            .Distinct();
}
