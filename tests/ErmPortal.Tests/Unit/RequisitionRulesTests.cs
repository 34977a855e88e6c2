using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;

namespace ErmPortal.Tests.Unit;

public class RequisitionRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    private static Requisition Waiting() => new() { Headcount = 1, SalaryFrom = 40_000m, SalaryTo = 50_000m, TargetStartDate = new DateOnly(2027, 2, 1) };

    [Fact]
    public void Should_refuse_a_rejection_without_a_reason_and_leave_the_requisition_waiting()
    {
        var requisition = Waiting();

        var refused = Assert.Throws<DomainRuleException>(() => requisition.Reject("hr-1", "  ", Now));

        Assert.Contains("Say why", refused.Message);
        Assert.Equal(RequisitionStatus.Pending, requisition.Status);
    }

    [Fact]
    public void Should_keep_the_first_decision_when_a_decided_requisition_is_decided_again()
    {
        var requisition = Waiting();
        requisition.Approve("hr-1", null, Now);

        Assert.Throws<DomainRuleException>(() => requisition.Reject("hr-2", "Too late.", Now.AddHours(1)));
        Assert.Throws<DomainRuleException>(() => requisition.Withdraw(Now.AddHours(2)));
        Assert.Equal((RequisitionStatus.Approved, "hr-1", Now), (requisition.Status, requisition.DecidedByUserId, requisition.DecidedAtUtc));
    }

    [Fact]
    public void Should_record_who_rejected_when_and_why_in_trimmed_words()
    {
        var requisition = Waiting();

        requisition.Reject("hr-1", "  No budget this year.  ", Now);

        Assert.Equal((RequisitionStatus.Rejected, "hr-1", Now, "No budget this year."),
            (requisition.Status, requisition.DecidedByUserId, requisition.DecidedAtUtc, requisition.DecisionReason));
    }
}
