using ErmPortal.Data.Compensation;
using ErmPortal.Web.Compensation.Equity;
using ErmPortal.Web.Compensation.Statements;

namespace ErmPortal.Tests.Unit;

/// <summary>What a total rewards statement adds up for a year, and the pay equity page's rule of five.</summary>
public class RewardsArithmeticTests
{
    private static readonly DateOnly EndOf2023 = new(2023, 12, 31);

    private static SalarySpell Annual(int year, int month, int day, long euros, string currency = "EUR", int id = 0) =>
        new(new DateOnly(year, month, day), euros * 100, currency, PayFrequency.Annual, DateTime.UnixEpoch, id);

    private static RewardsRecords Salaries(params SalarySpell[] salaries) => new(salaries, [], [], [], [], []);

    [Fact]
    public void Should_pay_each_salary_for_the_months_it_was_in_force_when_a_raise_comes_in_the_year()
    {
        var paid = RewardsArithmetic.BasePaid([Annual(2022, 5, 1, 48_000), Annual(2023, 7, 1, 60_000, id: 1)], 2023, EndOf2023);
        // Six months at 48,000 a year, six at 60,000.
        Assert.Equal(54_000_00, paid["EUR"]);
    }

    [Fact]
    public void Should_count_a_month_begun_part_way_by_its_days_when_someone_joins_mid_month()
    {
        // Joined on 16 April (15 of April's 30 days) at 24,000 a year: half of April, then May to December.
        var paid = RewardsArithmetic.BasePaid([Annual(2023, 4, 16, 24_000)], 2023, EndOf2023);
        Assert.Equal(17_000_00, paid["EUR"]);
    }

    [Fact]
    public void Should_not_count_a_salary_written_ahead_for_a_day_still_to_come()
    {
        var today = new DateOnly(2023, 6, 30);
        var paid = RewardsArithmetic.BasePaid([Annual(2023, 1, 1, 12_000), Annual(2023, 7, 1, 120_000, id: 1)], 2023, today);
        // Up to today only, and at the salary in force: the raise from 1 July has not been paid.
        Assert.Equal(6_000_00, paid["EUR"]);
    }

    [Fact]
    public void Should_keep_each_year_to_its_own_days_when_a_salary_runs_across_new_year()
    {
        var records = Salaries(Annual(2022, 10, 1, 36_000));
        Assert.Equal(9_000_00, RewardsArithmetic.Year(records, 2022, EndOf2023).In("EUR")!.BasePay);
        Assert.Equal(36_000_00, RewardsArithmetic.Year(records, 2023, EndOf2023).In("EUR")!.BasePay);
        Assert.Null(RewardsArithmetic.Year(records, 2021, EndOf2023).In("EUR"));
    }

    [Fact]
    public void Should_show_each_currency_apart_when_a_person_is_paid_in_two_in_one_year()
    {
        var records = new RewardsRecords([Annual(2023, 1, 1, 24_000, "EUR"), Annual(2023, 7, 1, 30_000, "GBP", id: 1)],
            [new Payment(new DateOnly(2023, 9, 1), 1_000_00, "GBP")], [], [], [], []);
        var year = RewardsArithmetic.Year(records, 2023, EndOf2023);
        Assert.Equal(12_000_00, year.In("EUR")!.Total);
        Assert.Equal(15_000_00 + 1_000_00, year.In("GBP")!.Total);
        Assert.Equal(2, year.Currencies.Count);
    }

    [Fact]
    public void Should_add_bonuses_allowances_benefits_and_training_of_the_year_only_up_to_the_last_day()
    {
        var today = new DateOnly(2023, 9, 15);
        var records = new RewardsRecords([Annual(2020, 1, 1, 60_000)],
            [new Payment(new DateOnly(2023, 3, 28), 2_000_00, "EUR"), new Payment(new DateOnly(2022, 3, 28), 9_999_00, "EUR"), new Payment(new DateOnly(2023, 12, 1), 5_000_00, "EUR")],
            [new MonthlySpell(new DateOnly(2023, 5, 1), null, 100_00, "EUR")],
            [new MonthlySpell(new DateOnly(2019, 1, 1), null, 180_00, "EUR")],
            [new CompletedTraining(new DateOnly(2023, 2, 1), 8, 500_00, "EUR"), new CompletedTraining(new DateOnly(2023, 10, 1), 4, 300_00, "EUR")],
            []);
        var year = RewardsArithmetic.Year(records, 2023, today);
        var eur = year.In("EUR")!;
        Assert.Equal(2_000_00, eur.Bonuses);
        Assert.Equal(5 * 100_00, eur.Allowances); // May to September
        Assert.Equal(9 * 180_00, eur.Benefits); // January to September
        Assert.Equal(500_00, eur.Training);
        Assert.Equal(8, year.TrainingHours);
        Assert.Equal(eur.BasePay + 2_000_00 + 500_00 + 1_620_00 + 500_00, eur.Total);
    }

    [Fact]
    public void Should_list_the_years_with_pay_from_the_first_salary_to_the_last_day()
    {
        Assert.Equal([2023, 2022, 2021], RewardsArithmetic.YearsWithPay(Salaries(Annual(2021, 6, 1, 1), Annual(2030, 1, 1, 2, id: 1)), EndOf2023));
        Assert.Empty(RewardsArithmetic.YearsWithPay(Salaries(), EndOf2023));
    }

    [Fact]
    public void Should_show_no_pay_for_a_group_of_four_and_the_median_for_a_group_of_five()
    {
        (long, decimal?)[] four = [(40_000_00, 1.0m), (50_000_00, 1.1m), (60_000_00, 0.9m), (70_000_00, 1.0m)];
        Assert.Null(EquityMath.Of(four));
        var five = EquityMath.Of([.. four, (80_000_00, 1.0m)])!;
        Assert.Equal(5, five.Headcount);
        Assert.Equal(60_000_00, five.MedianMinor);
        Assert.Equal(60_000_00, five.AverageMinor);
        Assert.Equal(1.0m, five.CompaRatio);
    }

    [Theory]
    [InlineData(new long[] { 3, 1, 2 }, 2)]
    [InlineData(new long[] { 4, 1, 3, 2 }, 3)] // (2 + 3) / 2, half away from zero
    public void Should_take_the_middle_amount_as_the_median(long[] amounts, long median) => Assert.Equal(median, EquityMath.Median(amounts));

    [Fact]
    public void Should_give_the_gap_in_percent_of_the_larger_groups_median()
    {
        Assert.Equal(5.0m, EquityMath.Gap(50_000_00, 47_500_00));
        Assert.Equal(-2.0m, EquityMath.Gap(50_000_00, 51_000_00));
    }

    [Fact]
    public void Should_measure_pay_growth_from_the_salary_at_new_year_to_the_one_at_the_years_end()
    {
        SalarySpell[] salaries = [Annual(2021, 1, 1, 40_000), Annual(2023, 4, 1, 42_000, id: 1)];
        Assert.Equal(5.0m, PayLedgerSource.Growth(salaries, 2023, EndOf2023));
        Assert.Equal(0m, PayLedgerSource.Growth(salaries, 2022, EndOf2023));
        // Joined during the year: no salary to grow from.
        Assert.Null(PayLedgerSource.Growth(salaries, 2021, EndOf2023));
    }
}
