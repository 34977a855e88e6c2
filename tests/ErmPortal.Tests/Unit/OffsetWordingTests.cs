using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Onboarding;
using ErmPortal.Web.Onboarding.Templates;

namespace ErmPortal.Tests.Unit;

/// <summary>The preview HR reads beside a task's offset says when it falls, in words, for joining and for leaving.</summary>
public class OffsetWordingTests
{
    [Theory]
    [InlineData(-5, OffsetUnit.WorkingDays, JourneyKind.Onboarding, "en", "5 working days before the first day")]
    [InlineData(1, OffsetUnit.WorkingDays, JourneyKind.Onboarding, "en", "1 working day after the first day")]
    [InlineData(0, OffsetUnit.WorkingDays, JourneyKind.Onboarding, "en", "On the first day")]
    [InlineData(-1, OffsetUnit.Days, JourneyKind.Onboarding, "en", "1 day before the first day")]
    [InlineData(30, OffsetUnit.Days, JourneyKind.Onboarding, "en", "30 days after the first day")]
    [InlineData(3, OffsetUnit.Months, JourneyKind.Onboarding, "en", "3 months after the first day")]
    [InlineData(0, OffsetUnit.MonthEnd, JourneyKind.Onboarding, "en", "On the last working day of the month of the first day")]
    [InlineData(2, OffsetUnit.MonthEnd, JourneyKind.Onboarding, "en", "On the last working day of the month 2 months after the first day")]
    [InlineData(-10, OffsetUnit.WorkingDays, JourneyKind.Offboarding, "en", "10 working days before the last day")]
    [InlineData(0, OffsetUnit.MonthEnd, JourneyKind.Offboarding, "en", "On the last working day of the month of the last day")]
    [InlineData(-5, OffsetUnit.WorkingDays, JourneyKind.Onboarding, "it", "5 giorni lavorativi prima del primo giorno")]
    [InlineData(1, OffsetUnit.Days, JourneyKind.Offboarding, "it", "1 giorno dopo l’ultimo giorno")]
    [InlineData(1, OffsetUnit.WorkingDays, JourneyKind.Onboarding, "zh-Hans", "第一天之后 1 个工作日")]
    public void Should_say_when_a_task_falls_in_words_when_hr_sets_its_offset(int offset, OffsetUnit unit, JourneyKind kind, string culture, string expected)
    {
        var words = Localizers.Factory.Create(typeof(OnboardingResource));
        Assert.Equal(expected, Localizers.In(culture, () => OffsetWording.Describe(words, offset, unit, kind)));
    }
}
