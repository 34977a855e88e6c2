using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;

namespace ErmPortal.Tests.Unit;

/// <summary>How an offer moves from draft to answer, and when pay outside the requisition's range needs a second HR person.</summary>
public class OfferRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Start = new(2027, 2, 1);

    private static (Requisition Requisition, JobApplication Application) InOfferStage(int headcount = 1)
    {
        var requisition = new Requisition { Id = 1, SalaryFrom = 40_000, SalaryTo = 50_000, Currency = "EUR", Headcount = headcount };
        requisition.Approve("hr", null, Now.AddDays(-5));
        var opening = Opening.FromRequisition(requisition, "Analyst", 7, Now.AddDays(-4));
        opening.Id = 3;
        var id = 10;
        foreach (var stage in opening.Stages) { stage.Id = id++; stage.OpeningId = opening.Id; }
        opening.Publish(Now.AddDays(-4));
        var application = JobApplication.Receive(opening, opening.Stages.First(s => s.Kind == StageKind.Applied),
            Candidate.Create("Ada", "Byron", "ada@example.test", Now), CandidateSource.Referral, Now.AddDays(-3));
        application.OpeningId = opening.Id;
        application.MoveTo(opening.Stages.First(s => s.Kind == StageKind.Offer), null, Now.AddDays(-1));
        return (requisition, application);
    }

    private static Offer Draft(decimal salary, string currency = "EUR", string by = "manager")
    {
        var (requisition, application) = InOfferStage();
        return Offer.Draft(application, requisition, salary, currency, Start, 5, null, by, Now);
    }

    [Theory]
    [InlineData(40_000, "EUR", false)]
    [InlineData(50_000, "eur", false)]
    [InlineData(39_999, "EUR", true)]
    [InlineData(50_001, "EUR", true)]
    [InlineData(45_000, "USD", true)]
    public void Should_need_approval_only_when_the_pay_is_outside_the_range_or_in_another_currency(int salary, string currency, bool outside)
    {
        var offer = Draft(salary, currency);
        Assert.Equal(outside, offer.OutsideRange);
        Assert.Equal(!outside, offer.CanBeSent);
    }

    [Fact]
    public void Should_send_an_offer_inside_the_range_straight_away()
    {
        var offer = Draft(45_000);
        offer.Send(Now);
        Assert.Equal(OfferStatus.Sent, offer.Status);
        Assert.Equal(Now, offer.SentAtUtc);
    }

    [Fact]
    public void Should_refuse_to_send_an_offer_above_the_range_until_another_hr_person_approves_it()
    {
        var offer = Draft(60_000, by: "hr-1");
        var refused = Assert.Throws<DomainRuleException>(() => offer.Send(Now));
        Assert.Contains("approve", refused.Message);

        offer.RequestApproval();
        Assert.Equal(OfferStatus.PendingApproval, offer.Status);
        Assert.Throws<DomainRuleException>(() => offer.Send(Now));
        var own = Assert.Throws<DomainRuleException>(() => offer.Approve("hr-1", Now));
        Assert.Equal("You drafted this offer; another HR colleague must approve it.", own.Message);

        offer.Approve("hr-2", Now);
        offer.Send(Now);
        Assert.Equal((OfferStatus.Sent, "hr-2"), (offer.Status, offer.ApprovalDecidedByUserId));
    }

    [Fact]
    public void Should_refuse_asking_approval_for_an_offer_inside_the_range()
    {
        var offer = Draft(45_000);
        Assert.Throws<DomainRuleException>(offer.RequestApproval);
        Assert.Equal(OfferStatus.Draft, offer.Status);
    }

    [Fact]
    public void Should_need_a_reason_to_refuse_an_approval_and_end_the_offer_when_refused()
    {
        var offer = Draft(60_000);
        offer.RequestApproval();
        Assert.Throws<DomainRuleException>(() => offer.RejectApproval("hr-2", " ", Now));
        offer.RejectApproval("hr-2", "Above the band for this level", Now);
        Assert.Equal(OfferStatus.Rejected, offer.Status);
        Assert.Throws<DomainRuleException>(() => offer.Send(Now));
        Assert.Throws<DomainRuleException>(() => offer.Withdraw(Now));
    }

    [Fact]
    public void Should_record_a_decline_only_with_a_reason_and_only_for_a_sent_offer()
    {
        var offer = Draft(45_000);
        Assert.Throws<DomainRuleException>(() => offer.RecordDeclined("Counter-offer", Now));
        offer.Send(Now);
        Assert.Throws<DomainRuleException>(() => offer.RecordDeclined("", Now));
        offer.RecordDeclined("Took a counter-offer", Now);
        Assert.Equal((OfferStatus.Declined, "Took a counter-offer"), (offer.Status, offer.DeclineReason));
        Assert.Throws<DomainRuleException>(() => offer.RecordAccepted(Now));
    }

    [Fact]
    public void Should_allow_withdrawing_until_the_candidate_answers()
    {
        var sent = Draft(45_000);
        sent.Send(Now);
        sent.Withdraw(Now);
        Assert.Equal(OfferStatus.Withdrawn, sent.Status);

        var accepted = Draft(45_000);
        accepted.Send(Now);
        accepted.RecordAccepted(Now);
        Assert.Throws<DomainRuleException>(() => accepted.Withdraw(Now));
    }

    [Fact]
    public void Should_refuse_a_draft_for_an_application_not_in_an_offer_stage()
    {
        var (requisition, application) = InOfferStage();
        application.MoveTo(application.Opening.Stages.First(s => s.Kind == StageKind.Interview), null, Now);
        Assert.Throws<DomainRuleException>(() => Offer.Draft(application, requisition, 45_000, "EUR", Start, 5, null, "hr", Now));
    }

    [Fact]
    public void Should_hire_from_an_accepted_offer_once_and_announce_it()
    {
        var offer = Draft(45_000);
        var employee = Employee.Hire("Ada", "Byron", "ada@erm.test", Start, 1, 5, 1, 7, EmploymentType.FullTime);
        Assert.Throws<DomainRuleException>(() => offer.MarkHired(employee, offer.Application.Candidate, false, Now));
        offer.Send(Now);
        offer.RecordAccepted(Now);
        offer.TakeDomainEvents();

        offer.MarkHired(employee, offer.Application.Candidate, false, Now);
        var hired = Assert.IsType<CandidateHired>(Assert.Single(offer.TakeDomainEvents()));
        Assert.Same(employee, hired.Employee);
        Assert.Throws<DomainRuleException>(() => offer.MarkHired(employee, offer.Application.Candidate, false, Now));
    }

    [Fact]
    public void Should_close_a_requisition_when_its_last_place_is_filled()
    {
        var (requisition, _) = InOfferStage(headcount: 2);
        requisition.RecordHire(Now);
        Assert.False(requisition.IsFilled);
        requisition.RecordHire(Now);
        Assert.True(requisition.IsFilled);
        Assert.Equal(2, requisition.HiredCount);
        Assert.Throws<DomainRuleException>(() => requisition.RecordHire(Now));
    }
}
