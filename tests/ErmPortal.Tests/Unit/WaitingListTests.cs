using ErmPortal.Data.Learning;
using ErmPortal.Web.Learning.Enrolments;

namespace ErmPortal.Tests.Unit;

/// <summary>Who gets a freed seat: the first of the waiting list, as many as seats are free, never more.</summary>
public class WaitingListTests
{
    [Fact]
    public void Should_seat_the_first_in_order_when_seats_free() =>
        Assert.Equal(["first", "second"], WaitingList.ToSeat(capacity: 10, seated: 8, ["first", "second", "third"]));

    [Fact]
    public void Should_seat_nobody_when_the_session_is_full() =>
        Assert.Empty(WaitingList.ToSeat(capacity: 10, seated: 10, ["first"]));

    [Fact]
    public void Should_seat_nobody_when_fewer_seats_than_seated_remain_after_a_cut() =>
        Assert.Empty(WaitingList.ToSeat(capacity: 5, seated: 8, ["first"]));

    [Fact]
    public void Should_seat_everyone_waiting_when_more_seats_free_than_people_wait() =>
        Assert.Equal(["first"], WaitingList.ToSeat(capacity: 10, seated: 2, ["first"]));

    [Theory]
    [InlineData(0, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(10, true)]
    [InlineData(17, true)]
    public void Should_remind_three_days_after_a_request_then_weekly_when_it_still_waits(int daysWaiting, bool reminded) =>
        Assert.Equal(reminded, TrainingRequestReminders.IsReminderDay(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1).AddDays(daysWaiting)));
}
