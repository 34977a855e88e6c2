using ErmPortal.Data.Reviews;
using ErmPortal.Data.Shared;

namespace ErmPortal.Tests.Unit;

/// <summary>The phase rules of one review: who writes when, sharing, the person's answer, and the lock.</summary>
public class ReviewRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    private static Review SelfAssessed()
    {
        var review = new Review();
        review.SubmitSelfAssessment(ReviewPhase.SelfAssessment, Now);
        return review;
    }

    private static Review Shared()
    {
        var review = SelfAssessed();
        review.ManagerRating = 3;
        review.SubmitManagerAssessment(ReviewPhase.ManagerAssessment, Now);
        review.Share(ReviewPhase.Sharing, Now);
        return review;
    }

    [Theory]
    [InlineData(ReviewPhase.GoalSetting)]
    [InlineData(ReviewPhase.Calibration)]
    public void Should_refuse_the_self_assessment_when_the_cycle_is_outside_its_phases(ReviewPhase phase) =>
        Assert.Throws<DomainRuleException>(() => new Review().SubmitSelfAssessment(phase, Now));

    [Fact]
    public void Should_refuse_the_manager_assessment_when_the_self_assessment_is_not_in()
    {
        var review = new Review { ManagerRating = 3 };
        Assert.False(review.ManagerAssessmentIsOpen(ReviewPhase.ManagerAssessment));
        Assert.Throws<DomainRuleException>(() => review.SubmitManagerAssessment(ReviewPhase.ManagerAssessment, Now));
        Assert.Null(review.ManagerSubmittedAtUtc);
    }

    [Fact]
    public void Should_open_the_manager_assessment_without_the_self_assessment_when_hr_opens_it()
    {
        var review = new Review { ManagerRating = 4 };
        review.OpenManagerAssessment(Now);
        review.SubmitManagerAssessment(ReviewPhase.SelfAssessment, Now);
        Assert.Equal(4, review.FinalRating);
    }

    [Fact]
    public void Should_refuse_to_submit_the_manager_assessment_when_it_has_no_overall_rating() =>
        Assert.Throws<DomainRuleException>(() => SelfAssessed().SubmitManagerAssessment(ReviewPhase.ManagerAssessment, Now));

    [Fact]
    public void Should_close_the_self_assessment_when_it_is_handed_in()
    {
        var review = SelfAssessed();
        Assert.Throws<DomainRuleException>(() => review.EnsureSelfAssessmentOpen(ReviewPhase.SelfAssessment));
    }

    [Fact]
    public void Should_refuse_to_share_when_the_cycle_is_before_sharing_or_the_assessment_is_not_in()
    {
        var review = SelfAssessed();
        Assert.Throws<DomainRuleException>(() => review.Share(ReviewPhase.Sharing, Now));
        review.ManagerRating = 3;
        review.SubmitManagerAssessment(ReviewPhase.ManagerAssessment, Now);
        Assert.Throws<DomainRuleException>(() => review.Share(ReviewPhase.Calibration, Now));
        Assert.False(review.IsShared);
    }

    [Fact]
    public void Should_refuse_the_persons_answer_when_the_review_is_not_shared()
    {
        var review = SelfAssessed();
        Assert.Throws<DomainRuleException>(() => review.Comment("Fair"));
        Assert.Throws<DomainRuleException>(() => review.Disagree("Not fair", Now));
        Assert.Throws<DomainRuleException>(() => review.Acknowledge(Now));
    }

    [Fact]
    public void Should_announce_a_disagreement_once_when_the_person_rewords_it()
    {
        var review = Shared();
        review.TakeDomainEvents();
        review.Disagree("The rating ignores the Q3 launch", Now);
        review.Disagree("The rating ignores the Q3 launch and the migration", Now.AddHours(1));
        Assert.Single(review.TakeDomainEvents().OfType<ReviewDisagreed>());
        Assert.Equal(Now, review.DisagreedAtUtc);
        Assert.Equal("The rating ignores the Q3 launch and the migration", review.EmployeeComment);
    }

    [Fact]
    public void Should_refuse_to_empty_the_comment_when_it_states_a_disagreement()
    {
        var review = Shared();
        review.Disagree("Not fair", Now);
        Assert.Throws<DomainRuleException>(() => review.Comment(" "));
        Assert.Equal("Not fair", review.EmployeeComment);
    }

    [Fact]
    public void Should_lock_the_review_and_publish_it_finalized_when_the_person_acknowledges()
    {
        var review = Shared();
        review.TakeDomainEvents();
        review.Acknowledge(Now);
        Assert.True(review.IsFinalized);
        Assert.Contains(review.TakeDomainEvents(), e => e is ReviewFinalized);
        Assert.Throws<DomainRuleException>(() => review.Comment("Later thought"));
        Assert.Throws<DomainRuleException>(() => review.Disagree("Later thought", Now));
        Assert.Throws<DomainRuleException>(() => review.Acknowledge(Now));
        Assert.Throws<DomainRuleException>(() => review.OpenManagerAssessment(Now));
        Assert.Throws<DomainRuleException>(() => review.Calibrate(2, Potential.Low, "late", null, "hr", Now));
        Assert.Throws<DomainRuleException>(() => review.EnsureManagerAssessmentOpen(ReviewPhase.ManagerAssessment));
        Assert.Null(review.EmployeeComment);
    }
}
