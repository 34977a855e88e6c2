namespace ErmPortal.Data.Learning;

/// <summary>Where a person stands on one mandatory course today.</summary>
public enum MandatoryState
{
    /// <summary>Completed, and not due again within the warning window (or never again).</summary>
    Done,
    /// <summary>Never completed, but not due yet and not within the warning window: a new hire's course.</summary>
    ToDo,
    /// <summary>Due within the warning window: first time or renewal.</summary>
    DueSoon,
    /// <summary>The due day has passed.</summary>
    Overdue,
}

/// <summary>
/// When someone owes a mandatory course: within the rule's days of their hire (or of the rule's start, for people hired
/// before the rule existed), then again every so many months after their last completion when the rule renews. Only
/// passed, confirmed completions count. Pure, so the person's page, the manager's team, HR's report and the
/// recommendations agree, and the rules are tested on their own.
/// </summary>
public static class MandatoryDueDates
{
    /// <summary>How many days ahead a due course counts as due soon: on home cards, reminders and the report.</summary>
    public const int DueSoonDays = 30;

    /// <summary>The day the course must next be completed by; none when it was completed and never needs renewing.</summary>
    public static DateOnly? NextDue(DateOnly hiredOn, MandatoryRule rule, DateOnly? lastCompletedOn) =>
        NextDue(hiredOn, rule.StartsOn, rule.WithinDaysOfHire, rule.RenewEveryMonths, lastCompletedOn);

    public static DateOnly? NextDue(DateOnly hiredOn, DateOnly ruleStartsOn, int withinDaysOfHire, int? renewEveryMonths, DateOnly? lastCompletedOn)
    {
        if (lastCompletedOn is { } last) return renewEveryMonths is { } months ? last.AddMonths(months) : null;
        var anchor = hiredOn > ruleStartsOn ? hiredOn : ruleStartsOn;
        return anchor.AddDays(withinDaysOfHire);
    }

    public static MandatoryState StateOn(DateOnly today, DateOnly? due, bool everCompleted)
    {
        if (due is not { } day) return MandatoryState.Done;
        if (day < today) return MandatoryState.Overdue;
        if (day <= today.AddDays(DueSoonDays)) return MandatoryState.DueSoon;
        return everCompleted ? MandatoryState.Done : MandatoryState.ToDo;
    }
}
