using ErmPortal.Data.Recruitment;

namespace ErmPortal.Web.Recruitment.Scoring;

/// <summary>
/// One reason in a candidate's score: an English text with {0}-style placeholders, translated when shown (a source among
/// the arguments is shown by its label), and the points it adds or takes away.
/// </summary>
public record ScoreReason(int Points, string Text, params object[] Arguments);

/// <summary>A score out of 100 that explains itself: the sum of its reasons on top of a neutral 50.</summary>
public record CandidateScore(int Value, IReadOnlyList<ScoreReason> Reasons)
{
    public const int Neutral = 50;
}

/// <summary>What the score is made from, for one application.</summary>
/// <param name="RequiredSkills">The skills the opening asks for, lower case.</param>
/// <param name="CandidateSkills">The candidate's skills as they wrote them.</param>
/// <param name="Scorecards">How many interviewers submitted a scorecard.</param>
/// <param name="AverageRating">The average of their overall ratings, 1 to 5; none without scorecards.</param>
/// <param name="SourceApplications">How many applications came from the candidate's source before.</param>
/// <param name="SourceHireRate">The share of those that ended in a hire.</param>
/// <param name="OverallHireRate">The same share over every source.</param>
public record ScoreInputs(IReadOnlyList<string> RequiredSkills, string? CandidateSkills, int Scorecards, double? AverageRating,
    CandidateSource Source, int SourceApplications, double SourceHireRate, double OverallHireRate);

/// <summary>
/// The rules of the score. Scorecards weigh most, being what people who met the candidate think; then the skills the
/// opening asks for; then how well the candidate's source has worked before, once it has a track record.
/// </summary>
public static class CandidateScoring
{
    /// <summary>Points per step of the average rating away from the middle of the scale (3).</summary>
    private const int PointsPerRatingStep = 8;
    private const int PointsPerMatchedSkill = 4, MaxForSkills = 12;
    private const int PointsPerMissingSkill = 8, MaxAgainstSkills = 16;
    private const int MaxForSource = 5;
    /// <summary>Fewer applications from a source than this say nothing about it yet.</summary>
    public const int SourceTrackRecordFrom = 20;

    public static CandidateScore Score(ScoreInputs inputs)
    {
        var reasons = new List<ScoreReason>();

        if (inputs is { Scorecards: > 0, AverageRating: { } rating })
        {
            var points = (int)Math.Round((rating - 3) * PointsPerRatingStep);
            if (points != 0)
                reasons.Add(new ScoreReason(points, points > 0 ? "strong scorecards ({0} averaging {1} of 5)" : "weak scorecards ({0} averaging {1} of 5)",
                    inputs.Scorecards, Math.Round(rating, 1)));
        }

        if (inputs.RequiredSkills.Count > 0)
        {
            var matched = TalentPool.TalentMatching.Matching(inputs.CandidateSkills, inputs.RequiredSkills);
            var missing = inputs.RequiredSkills.Where(r => !matched.Any(m => string.Equals(m, r, StringComparison.OrdinalIgnoreCase))).ToList();
            if (matched.Count > 0)
                reasons.Add(new ScoreReason(Math.Min(MaxForSkills, matched.Count * PointsPerMatchedSkill), "has required skills: {0}", string.Join(", ", matched)));
            if (missing.Count > 0)
                reasons.Add(new ScoreReason(-Math.Min(MaxAgainstSkills, missing.Count * PointsPerMissingSkill), "missing required skills: {0}", string.Join(", ", missing)));
        }

        if (inputs.SourceApplications >= SourceTrackRecordFrom && inputs.OverallHireRate > 0)
        {
            var relative = inputs.SourceHireRate / inputs.OverallHireRate - 1;
            var points = (int)Math.Clamp(Math.Round(relative * MaxForSource), -MaxForSource, MaxForSource);
            if (points != 0)
                reasons.Add(new ScoreReason(points, points > 0 ? "{0} source hires more often than most" : "{0} source hires less often than most",
                    inputs.Source));
        }

        // The caps keep the sum between 13 and 83: far enough from either end that nobody is written off or in.
        return new CandidateScore(CandidateScore.Neutral + reasons.Sum(r => r.Points), reasons.OrderByDescending(r => Math.Abs(r.Points)).ToList());
    }
}
