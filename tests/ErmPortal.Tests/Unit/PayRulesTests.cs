using ErmPortal.Data.Compensation;

namespace ErmPortal.Tests.Unit;

/// <summary>Pay's arithmetic in minor units and its effective dating: what the compensation pages and cycles build on.</summary>
public class PayRulesTests
{
    private static int _ids;

    private static SalaryRecord Record(string effectiveOn, long amountMinor, PayFrequency frequency = PayFrequency.Annual, int writtenMinutesAgo = 60) => new()
    {
        Id = ++_ids, EffectiveOn = DateOnly.Parse(effectiveOn, System.Globalization.CultureInfo.InvariantCulture), AmountMinor = amountMinor,
        Currency = "EUR", Frequency = frequency, Reason = SalaryChangeReason.Merit, CreatedAtUtc = DateTime.UtcNow.AddMinutes(-writtenMinutesAgo),
    };

    private static readonly PayBand Band = new() { Level = 3, Currency = "EUR", MinimumMinor = 40_000_00, MidpointMinor = 50_000_00, MaximumMinor = 60_000_00 };

    [Fact]
    public void Should_pay_the_old_salary_until_a_future_dated_raise_reaches_its_day()
    {
        var history = new[] { Record("2025-01-01", 48_000_00), Record("2027-01-01", 51_000_00) };

        Assert.Equal(48_000_00, SalaryHistory.CurrentOn(history, new DateOnly(2026, 12, 31))!.AmountMinor);
        Assert.Equal(51_000_00, SalaryHistory.CurrentOn(history, new DateOnly(2027, 1, 1))!.AmountMinor);
        Assert.Null(SalaryHistory.CurrentOn(history, new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public void Should_take_the_correction_written_last_when_two_records_start_on_the_same_day()
    {
        var history = new[] { Record("2026-03-01", 52_000_00, writtenMinutesAgo: 120), Record("2026-03-01", 50_500_00, writtenMinutesAgo: 5) };

        Assert.Equal(50_500_00, SalaryHistory.CurrentOn(history, new DateOnly(2026, 6, 1))!.AmountMinor);
    }

    [Fact]
    public void Should_date_the_last_raise_by_the_record_that_paid_more_not_by_a_later_correction_down()
    {
        var history = new[] { Record("2024-01-01", 45_000_00), Record("2025-04-01", 48_000_00), Record("2025-09-01", 47_500_00) };

        Assert.Equal(new DateOnly(2025, 4, 1), SalaryHistory.LastRaiseOn(history, new DateOnly(2026, 1, 1)));
        Assert.Null(SalaryHistory.LastRaiseOn(history, new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData(50_000_00, 1.00, 50)]
    [InlineData(40_000_00, 0.80, 0)]
    [InlineData(60_000_00, 1.20, 100)]
    [InlineData(45_000_00, 0.90, 25)]
    [InlineData(66_000_00, 1.32, 130)]
    public void Should_place_a_salary_against_the_band_by_compa_ratio_and_position(long annualMinor, decimal compaRatio, decimal position)
    {
        Assert.Equal(compaRatio, Band.CompaRatio(annualMinor));
        Assert.Equal(position, Band.PositionInBand(annualMinor));
    }

    [Theory]
    [InlineData(39_999_99, true)]
    [InlineData(40_000_00, false)]
    [InlineData(60_000_00, false)]
    [InlineData(60_000_01, true)]
    public void Should_flag_a_salary_outside_the_band_and_not_one_on_its_edges(long annualMinor, bool outOfBand) =>
        Assert.Equal(outOfBand, Band.IsOutOfBand(annualMinor));

    [Fact]
    public void Should_compare_monthly_and_hourly_pay_with_the_band_as_annual_amounts()
    {
        Assert.Equal(1.20m, Band.CompaRatio(Record("2026-01-01", 5_000_00, PayFrequency.Monthly).AnnualMinor));
        Assert.Equal(2080 * 25_00L, Record("2026-01-01", 25_00, PayFrequency.Hourly).AnnualMinor);
    }

    [Fact]
    public void Should_round_a_raise_half_away_from_zero_and_a_budget_down_to_the_cent()
    {
        Assert.Equal(1_025, PayMath.Raise(1_000, 2.5m));        // 10.25 exactly
        Assert.Equal(1_016, PayMath.Raise(1_015, 0.05m));       // 1015.5075 → 1016
        Assert.Equal(1_003, PayMath.Raise(1_001, 0.2m));        // 1003.002 → 1003
        Assert.Equal(3_333, PayMath.Budget(111_111, 3m));       // 3333.33 → 3333: a budget is never rounded up
        Assert.Equal(0.99m, PayMath.CompaRatio(49_250_00, 50_000_00)); // 0.985 → 0.99
    }

    private static PayProposal Approved(long currentMinor, decimal percent)
    {
        var proposal = new PayProposal { EmployeeId = 7, Currency = "EUR", Frequency = PayFrequency.Annual, CurrentAmountMinor = currentMinor, CurrentAnnualMinor = currentMinor };
        proposal.Propose(percent, null, null, null, DateTime.UtcNow);
        proposal.Submit();
        proposal.Approve();
        return proposal;
    }

    [Fact]
    public void Should_raise_the_salary_as_proposed_when_it_has_not_changed_since_the_cycle_opened()
    {
        var record = Approved(50_000_00, 3m).ToSalaryRecord(new DateOnly(2027, 1, 1), Record("2025-01-01", 50_000_00), DateTime.UtcNow)!;

        Assert.Equal(51_500_00, record.AmountMinor);
        Assert.Equal(SalaryChangeReason.Merit, record.Reason);
    }

    [Fact]
    public void Should_build_the_raise_on_a_promotion_that_came_after_the_cycle_opened_instead_of_undoing_it()
    {
        // Opened at 50,000; promoted to 4,500 a month before the effective day.
        var proposal = Approved(50_000_00, 3m);

        var record = proposal.ToSalaryRecord(new DateOnly(2027, 1, 1), Record("2026-11-01", 4_500_00, PayFrequency.Monthly), DateTime.UtcNow)!;

        Assert.Equal((4_635_00, PayFrequency.Monthly), (record.AmountMinor, record.Frequency));
        Assert.Equal(ProposalStatus.Applied, proposal.Status);
        Assert.Null(proposal.ToSalaryRecord(new DateOnly(2027, 1, 1), null, DateTime.UtcNow));
    }
}
