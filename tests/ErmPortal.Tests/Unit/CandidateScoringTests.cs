using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Recruitment.Scoring;

namespace ErmPortal.Tests.Unit;

/// <summary>The candidate's score and the reasons it shows: scorecards, the opening's required skills and the source's track record.</summary>
public class CandidateScoringTests
{
    private static ScoreInputs Inputs(string? skills = null, int scorecards = 0, double? rating = null, CandidateSource source = CandidateSource.CareersPage,
        int sourceApplications = 0, double sourceRate = 0, double overallRate = 0.05, params string[] required) =>
        new(required, skills, scorecards, rating, source, sourceApplications, sourceRate, overallRate);

    [Fact]
    public void Should_stay_neutral_with_nothing_known()
    {
        var score = CandidateScoring.Score(Inputs());
        Assert.Equal(CandidateScore.Neutral, score.Value);
        Assert.Empty(score.Reasons);
    }

    [Fact]
    public void Should_explain_each_point_with_strong_scorecards_a_good_source_and_a_missing_skill()
    {
        var score = CandidateScoring.Score(Inputs(skills: "SQL, Excel", scorecards: 3, rating: 4.5, source: CandidateSource.Referral,
            sourceApplications: 40, sourceRate: 0.1, overallRate: 0.05, required: ["sql", "python"]));

        Assert.Equal([(12, "strong scorecards ({0} averaging {1} of 5)"), (-8, "missing required skills: {0}"), (5, "{0} source hires more often than most"),
            (4, "has required skills: {0}")], score.Reasons.Select(r => (r.Points, r.Text)));
        Assert.Equal(new object[] { 3, 4.5 }, score.Reasons[0].Arguments);
        Assert.Equal("python", score.Reasons[1].Arguments[0]);
        Assert.Equal(CandidateSource.Referral, score.Reasons[2].Arguments[0]);
        Assert.Equal(50 + 12 - 8 + 5 + 4, score.Value);
    }

    [Fact]
    public void Should_count_weak_scorecards_and_missing_skills_against_within_their_caps()
    {
        var score = CandidateScoring.Score(Inputs(skills: "", scorecards: 2, rating: 1, required: ["a", "b", "c"]));
        Assert.Equal([-16, -16], score.Reasons.Select(r => r.Points));
        Assert.Equal(18, score.Value);
    }

    [Fact]
    public void Should_judge_a_source_only_once_it_has_a_track_record()
    {
        Assert.Empty(CandidateScoring.Score(Inputs(source: CandidateSource.Agency, sourceApplications: CandidateScoring.SourceTrackRecordFrom - 1, sourceRate: 0.5)).Reasons);
        var poor = CandidateScoring.Score(Inputs(source: CandidateSource.JobBoard, sourceApplications: 100, sourceRate: 0.01, overallRate: 0.05));
        Assert.Equal((-4, "{0} source hires less often than most"), (poor.Reasons[0].Points, poor.Reasons[0].Text));
    }

    [Fact]
    public void Should_match_whole_skills_whatever_their_case()
    {
        var score = CandidateScoring.Score(Inputs(skills: "C#, javascript", required: ["c", "JavaScript".ToLowerInvariant()]));
        Assert.Equal([(-8, "missing required skills: {0}"), (4, "has required skills: {0}")], score.Reasons.Select(r => (r.Points, r.Text)));
        Assert.Equal("c", score.Reasons[0].Arguments[0]);
    }
}
