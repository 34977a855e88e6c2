using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;
using MediatR;

namespace ErmPortal.Data.Recruitment;

/// <summary>What an interviewer advises overall, from a firm no to a firm yes.</summary>
public enum Recommendation { StrongNo, No, Yes, StrongYes }

/// <summary>
/// One interviewer's structured judgement of one interview: each criterion rated 1–5 with a note, an overall
/// recommendation and a summary. A draft is its author's alone; once submitted it no longer changes. The criteria are
/// copied onto the scorecard when it is started, so changing the default set later does not rewrite what was judged.
/// </summary>
public class Scorecard : Entity, IVersioned
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    /// <summary>What every interview is judged on unless the opening says otherwise; English keys, shown translated.</summary>
    public static readonly IReadOnlyList<string> DefaultCriteria = ["Role skills", "Problem solving", "Communication", "Collaboration"];

    public int InterviewId { get; private set; }
    public Interview Interview { get; private set; } = null!;
    /// <summary>The application judged, kept here so "has this interviewer submitted for this candidate?" is one index seek.</summary>
    public int ApplicationId { get; private set; }
    public int InterviewerId { get; private set; }
    public Employee Interviewer { get; private set; } = null!;
    public List<ScorecardRating> Ratings { get; private set; } = [];
    public Recommendation? Recommendation { get; private set; }
    public string? Summary { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsSubmitted => SubmittedAtUtc is not null;

    /// <summary>An empty scorecard for an interviewer on the interview's panel, with the criteria it will be judged on.</summary>
    public static Scorecard Start(Interview interview, int interviewerId, IEnumerable<string> criteria, DateTime nowUtc)
    {
        if (!interview.IsInterviewer(interviewerId)) throw new DomainRuleException("", "Only an interviewer of this interview writes a scorecard for it.");
        if (interview.Status == InterviewStatus.Cancelled) throw new DomainRuleException("", "This interview was cancelled.");
        return new Scorecard
        {
            Interview = interview, InterviewId = interview.Id, ApplicationId = interview.ApplicationId, InterviewerId = interviewerId,
            UpdatedAtUtc = nowUtc,
            Ratings = criteria.Select((c, i) => new ScorecardRating { Criterion = c, Order = i + 1 }).ToList(),
        };
    }

    /// <summary>
    /// Keeps what was written. Submitting needs every criterion rated and a recommendation, and makes the scorecard
    /// final: a submitted scorecard is what the others read, so it cannot change under them.
    /// </summary>
    public void Save(IReadOnlyList<(int? Rating, string? Note)> ratings, Recommendation? recommendation, string? summary, bool submit, DateTime nowUtc)
    {
        if (IsSubmitted) throw new DomainRuleException("", "This scorecard was submitted; it can no longer be changed.");
        if (ratings.Count != Ratings.Count) throw new ArgumentException("One rating per criterion.", nameof(ratings));
        foreach (var (rating, (value, note)) in Ratings.OrderBy(r => r.Order).Zip(ratings))
        {
            if (value is < MinRating or > MaxRating) throw new DomainRuleException("", "Ratings go from {0} to {1}.", MinRating, MaxRating);
            rating.Rating = value;
            rating.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        }
        Recommendation = recommendation;
        Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        UpdatedAtUtc = nowUtc;
        if (!submit) return;
        if (Ratings.Any(r => r.Rating is null)) throw new DomainRuleException("", "Rate every criterion before you submit.");
        if (Recommendation is null) throw new DomainRuleException(nameof(Recommendation), "Choose your recommendation before you submit.");
        SubmittedAtUtc = nowUtc;
        Raise(new ScorecardSubmitted(this));
    }
}

/// <summary>One criterion of a scorecard, as it was named when the scorecard was started, with its rating and note.</summary>
public class ScorecardRating
{
    public int Id { get; set; }
    public int ScorecardId { get; set; }
    public int Order { get; set; }
    public required string Criterion { get; set; }
    public int? Rating { get; set; }
    public string? Note { get; set; }
}

/// <summary>An interviewer submitted their scorecard: the candidate's timeline says so, with the recommendation but no ratings.</summary>
public record ScorecardSubmitted(Scorecard Scorecard) : INotification;
