using ErmPortal.Data.Learning;
using Xunit;

namespace ErmPortal.Tests.Unit;

public class MandatoryDueDatesTests
{
    private static readonly DateOnly RuleStart = new(2024, 1, 1);

    [Fact]
    public void Should_be_due_within_the_rules_days_of_hire_when_never_completed()
    {
        Assert.Equal(new DateOnly(2025, 3, 31), MandatoryDueDates.NextDue(new DateOnly(2025, 3, 1), RuleStart, 30, 12, null));
    }

    [Fact]
    public void Should_count_from_the_rules_start_when_the_person_was_hired_before_it()
    {
        Assert.Equal(new DateOnly(2024, 1, 31), MandatoryDueDates.NextDue(new DateOnly(2015, 6, 1), RuleStart, 30, null, null));
    }

    [Fact]
    public void Should_be_due_again_a_renewal_period_after_the_last_completion()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), MandatoryDueDates.NextDue(new DateOnly(2020, 1, 1), RuleStart, 30, 12, new DateOnly(2025, 2, 28)));
    }

    [Fact]
    public void Should_never_be_due_again_when_completed_and_the_rule_does_not_renew()
    {
        Assert.Null(MandatoryDueDates.NextDue(new DateOnly(2020, 1, 1), RuleStart, 120, null, new DateOnly(2024, 3, 1)));
    }

    [Theory]
    [InlineData("2026-11-29", false, MandatoryState.Overdue)]
    [InlineData("2026-11-30", false, MandatoryState.DueSoon)]
    [InlineData("2026-12-30", true, MandatoryState.DueSoon)]
    [InlineData("2026-12-31", false, MandatoryState.ToDo)]
    [InlineData("2026-12-31", true, MandatoryState.Done)]
    public void Should_read_the_state_from_the_due_day_and_whether_it_was_ever_completed(string due, bool everCompleted, MandatoryState expected)
    {
        Assert.Equal(expected, MandatoryDueDates.StateOn(new DateOnly(2026, 11, 30), DateOnly.Parse(due), everCompleted));
    }

    [Fact]
    public void Should_be_done_when_nothing_is_due_again()
    {
        Assert.Equal(MandatoryState.Done, MandatoryDueDates.StateOn(new DateOnly(2026, 11, 30), null, true));
    }
}
