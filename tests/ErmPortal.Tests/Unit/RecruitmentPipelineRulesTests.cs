using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;

namespace ErmPortal.Tests.Unit;

/// <summary>How an application moves through its opening's stages, and how a repeat applicant is merged into one candidate.</summary>
public class RecruitmentPipelineRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    private static (Opening Opening, JobApplication Application) Applied()
    {
        var requisition = new Requisition { Id = 1 };
        requisition.Approve("hr", null, Now.AddDays(-5));
        var opening = Opening.FromRequisition(requisition, "Analyst", 7, Now.AddDays(-4));
        opening.Id = 3;
        var id = 10;
        foreach (var stage in opening.Stages) { stage.Id = id++; stage.OpeningId = opening.Id; }
        opening.Publish(Now.AddDays(-4));
        var application = JobApplication.Receive(opening, Stage(opening, StageKind.Applied), Candidate.Create("Ada", "Byron", "ada@example.test", Now), CandidateSource.Referral, Now.AddDays(-3));
        application.OpeningId = opening.Id;
        return (opening, application);
    }

    private static OpeningStage Stage(Opening opening, StageKind kind) => opening.Stages.First(s => s.Kind == kind);

    [Fact]
    public void Should_record_time_in_each_stage_when_an_application_moves_on()
    {
        var (opening, application) = Applied();
        application.MoveTo(Stage(opening, StageKind.Screening), null, Now.AddDays(-1));
        application.MoveTo(Stage(opening, StageKind.Interview), null, Now);

        Assert.Equal(StageKind.Interview, application.Stage.Kind);
        Assert.Equal(Now, application.StageEnteredAtUtc);
        Assert.Equal([TimeSpan.FromDays(2), TimeSpan.FromDays(1)],
            application.StageVisits.Where(v => v.LeftAtUtc is not null).Select(v => v.LeftAtUtc!.Value - v.EnteredAtUtc));
        Assert.Null(application.StageVisits.Last().LeftAtUtc);
        Assert.True(application.IsActive);
    }

    [Fact]
    public void Should_refuse_a_rejection_without_a_reason_and_keep_the_stage()
    {
        var (opening, application) = Applied();
        var refused = Assert.Throws<DomainRuleException>(() => application.MoveTo(Stage(opening, StageKind.Rejected), "  ", Now));
        Assert.Equal("Reason", refused.PropertyName);
        Assert.Equal(StageKind.Applied, application.Stage.Kind);
    }

    [Fact]
    public void Should_end_the_application_with_its_reason_when_rejected_and_reopen_it_when_reconsidered()
    {
        var (opening, application) = Applied();
        application.MoveTo(Stage(opening, StageKind.Rejected), " Needs more SQL. ", Now);
        Assert.False(application.IsActive);
        Assert.Equal("Needs more SQL.", application.OutcomeReason);
        Assert.Equal(Now, application.EndedAtUtc);

        application.MoveTo(Stage(opening, StageKind.Screening), null, Now.AddHours(1));
        Assert.True(application.IsActive);
        Assert.Null(application.EndedAtUtc);
        Assert.Null(application.OutcomeReason);
    }

    [Theory]
    [InlineData(StageKind.Hired)]
    [InlineData(StageKind.Withdrawn)]
    public void Should_keep_hire_and_withdrawal_off_the_board(StageKind target)
    {
        var (opening, application) = Applied();
        Assert.Throws<DomainRuleException>(() => application.MoveTo(Stage(opening, target), "because", Now));
        Assert.Equal(StageKind.Applied, application.Stage.Kind);
    }

    [Fact]
    public void Should_not_move_an_application_to_another_openings_stage_or_where_it_already_is()
    {
        var (opening, application) = Applied();
        Assert.Throws<DomainRuleException>(() => application.MoveTo(Stage(opening, StageKind.Applied), null, Now));
        var elsewhere = new OpeningStage { Id = 99, OpeningId = 4, Name = "Screening", Kind = StageKind.Screening };
        Assert.Throws<DomainRuleException>(() => application.MoveTo(elsewhere, null, Now));
    }

    [Fact]
    public void Should_not_move_or_withdraw_an_application_once_the_candidate_withdrew()
    {
        var (opening, application) = Applied();
        application.Withdraw(Stage(opening, StageKind.Withdrawn), "Took another job", Now);
        Assert.Equal("Took another job", application.OutcomeReason);
        Assert.Throws<DomainRuleException>(() => application.MoveTo(Stage(opening, StageKind.Screening), null, Now));
        Assert.Throws<DomainRuleException>(() => application.Withdraw(Stage(opening, StageKind.Withdrawn), null, Now));
    }

    [Fact]
    public void Should_hire_only_once()
    {
        var (opening, application) = Applied();
        application.MarkHired(Stage(opening, StageKind.Hired), Now);
        Assert.Throws<DomainRuleException>(() => application.MarkHired(Stage(opening, StageKind.Hired), Now));
    }

    [Fact]
    public void Should_take_no_applications_once_the_opening_is_off_the_careers_page()
    {
        var (opening, _) = Applied();
        opening.Unpublish();
        Assert.Throws<DomainRuleException>(() => JobApplication.Receive(opening, Stage(opening, StageKind.Applied),
            Candidate.Create("Late", "Comer", "late@example.test", Now), CandidateSource.CareersPage, Now));
    }

    [Fact]
    public void Should_keep_earlier_answers_and_add_new_skills_when_the_same_person_applies_again()
    {
        var candidate = Candidate.Create("Ada", "Byron", " Ada@Example.test ", Now.AddYears(-1));
        candidate.Phone = "+39 06 1234";
        candidate.Skills = "SQL, Excel";
        candidate.TalentPoolConsentAtUtc = Now.AddYears(-1);

        candidate.MergeRepeatApplication("Ada", "Lovelace", phone: "", skills: "excel, Python", consentToTalentPool: false, Now);

        Assert.Equal("Lovelace", candidate.LastName);
        Assert.Equal("+39 06 1234", candidate.Phone);
        Assert.Equal("SQL, Excel, Python", candidate.Skills);
        Assert.Equal(Now.AddYears(-1), candidate.TalentPoolConsentAtUtc);
        Assert.Equal(Candidate.Normalize("ADA@example.TEST"), candidate.NormalizedEmail);
    }

    [Fact]
    public void Should_remove_what_identifies_the_candidate_and_keep_the_stages_when_anonymised_twice()
    {
        var (_, application) = Applied();
        var candidate = application.Candidate;
        candidate.Id = 42;
        candidate.Applications.Add(application);
        application.CoverLetter = "Dear team";
        application.CvFileKey = "cv/2026/11/x.pdf";
        var stamp = candidate.AccessStamp;

        candidate.Anonymise(Now);
        candidate.Anonymise(Now.AddDays(1));

        Assert.Equal("anonymised-42@invalid", candidate.Email);
        Assert.Null(application.CoverLetter);
        Assert.Null(application.CvFileKey);
        Assert.NotEqual(stamp, candidate.AccessStamp);
        Assert.Equal(Now, candidate.AnonymisedAtUtc);
        Assert.Equal(StageKind.Applied, application.Stage.Kind);
    }
}
