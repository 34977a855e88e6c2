using System.Text.RegularExpressions;
using ErmPortal.Data.Learning;

namespace ErmPortal.Web.Learning.Development;

/// <summary>Why a course is recommended; the order is the strength, strongest first.</summary>
public enum ReasonKind { MandatoryOverdue, MandatoryDueSoon, DevelopmentNeed, SkillGap, Aspiration, Colleagues }

/// <summary>One reason with what it names: the skills, the due day, the review, how many colleagues.</summary>
public record Reason(ReasonKind Kind, IReadOnlyList<string> Skills, DateOnly? Due = null, string? Source = null, int Count = 0);

public record Recommendation(int CourseId, string Title, int Score, IReadOnlyList<Reason> Reasons);

/// <summary>A catalog course as the person stands to it.</summary>
public record CourseFacts(int CourseId, string Title, IReadOnlyList<string> Skills)
{
    /// <summary>The person's last counted completion of it, and when its certificate runs out, if it does.</summary>
    public DateOnly? LastCompletedOn { get; init; }
    public DateOnly? CertificateExpiresOn { get; init; }
    /// <summary>The person holds a place on it (asked, seated or waiting), or said it is not for them.</summary>
    public bool HasLivePlace { get; init; }
    public bool Dismissed { get; init; }
    /// <summary>The mandatory rules that apply to the person's position.</summary>
    public IReadOnlyList<(DateOnly StartsOn, int WithinDaysOfHire, int? RenewEveryMonths)> Rules { get; init; } = [];
    /// <summary>Colleagues in the same position who completed it in the last three years.</summary>
    public int Colleagues { get; init; }
}

public record NeedFact(string Skill, string Source);

/// <summary>The person: the skills they have, those their position requires, what they aspire to, what their last review asked.</summary>
public record PersonFacts(DateOnly HiredOn, IReadOnlyCollection<string> Skills, IReadOnlyCollection<string> RequiredSkills, string? Aspirations,
    IReadOnlyList<NeedFact> Needs);

/// <summary>
/// Ranks catalog courses for one person, each with the reasons it is offered. Pure, so the person's page, the manager's
/// view and the home card agree, and each rule is tested alone. A mandatory course coming due outweighs everything; a
/// need a review named outweighs a gap against the position, which outweighs what the person aspires to; what colleagues
/// took only breaks ties among the rest. A course with no reason is not recommended.
/// </summary>
public static class RecommendationRanking
{
    public const int Shown = 10;
    /// <summary>Fewer colleagues than this say nothing about a course.</summary>
    public const int MinimumColleagues = 2;
    public const int ColleagueYears = 3;

    private static int Weight(Reason reason) => reason.Kind switch
    {
        ReasonKind.MandatoryOverdue => 10_000,
        ReasonKind.MandatoryDueSoon => 5_000,
        ReasonKind.DevelopmentNeed => 400 * reason.Skills.Count,
        ReasonKind.SkillGap => 200 * reason.Skills.Count,
        ReasonKind.Aspiration => 100 * Math.Max(1, reason.Skills.Count),
        // Capped below one aspiration: a popular course does not outrank one the person asked for.
        ReasonKind.Colleagues => Math.Min(reason.Count, 99),
        _ => 0,
    };

    public static IReadOnlyList<Recommendation> Rank(PersonFacts person, IEnumerable<CourseFacts> courses, DateOnly today, int take = Shown)
    {
        var has = new HashSet<string>(person.Skills, StringComparer.OrdinalIgnoreCase);
        var gaps = person.RequiredSkills.Where(s => !has.Contains(s)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return courses.Select(c => (Course: c, Reasons: ReasonsFor(c, person, gaps, today)))
            .Where(x => x.Reasons.Count > 0)
            .Select(x => new Recommendation(x.Course.CourseId, x.Course.Title, x.Reasons.Sum(Weight), x.Reasons))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.CourseId)
            .Take(take).ToList();
    }

    private static List<Reason> ReasonsFor(CourseFacts course, PersonFacts person, HashSet<string> gaps, DateOnly today)
    {
        if (course.Dismissed || course.HasLivePlace) return [];
        var mandatory = Mandatory(course, person.HiredOn, today);
        // Done and still valid: nothing to offer, unless a mandatory renewal is coming due.
        var valid = course.LastCompletedOn is not null && (course.CertificateExpiresOn is not { } expires || expires >= today);
        if (valid && mandatory is null) return [];
        var reasons = new List<Reason>();
        if (mandatory is not null) reasons.Add(mandatory);
        var needs = person.Needs.Where(n => course.Skills.Contains(n.Skill, StringComparer.OrdinalIgnoreCase)).ToList();
        if (needs.Count > 0) reasons.Add(new Reason(ReasonKind.DevelopmentNeed, needs.Select(n => n.Skill).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Source: needs[0].Source));
        var gapSkills = course.Skills.Where(gaps.Contains).ToList();
        if (gapSkills.Count > 0) reasons.Add(new Reason(ReasonKind.SkillGap, gapSkills));
        var named = Named(person.Aspirations, course.Skills.Append(course.Title));
        if (named.Count > 0) reasons.Add(new Reason(ReasonKind.Aspiration, named));
        if (course.Colleagues >= MinimumColleagues) reasons.Add(new Reason(ReasonKind.Colleagues, [], Count: course.Colleagues));
        return reasons;
    }

    /// <summary>The earliest due day of the rules that apply, when it has passed or comes within the warning window.</summary>
    private static Reason? Mandatory(CourseFacts course, DateOnly hiredOn, DateOnly today)
    {
        var due = course.Rules.Select(r => MandatoryDueDates.NextDue(hiredOn, r.StartsOn, r.WithinDaysOfHire, r.RenewEveryMonths, course.LastCompletedOn))
            .Where(d => d is not null).Min();
        return MandatoryDueDates.StateOn(today, due, course.LastCompletedOn is not null) switch
        {
            MandatoryState.Overdue => new Reason(ReasonKind.MandatoryOverdue, [], due),
            MandatoryState.DueSoon => new Reason(ReasonKind.MandatoryDueSoon, [], due),
            _ => null,
        };
    }

    /// <summary>The words among these that the text names as whole words, case aside ("SQL" in "learn SQL", not in "SQLite").</summary>
    public static IReadOnlyList<string> Named(string? text, IEnumerable<string> words) =>
        string.IsNullOrWhiteSpace(text) ? []
            : words.Where(w => w.Trim().Length > 0
                               && Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}_]){Regex.Escape(w.Trim())}(?![\p{{L}}\p{{N}}_])",
                                   RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
