using ErmPortal.Data.Learning;
using ErmPortal.Web.Learning.Records;

namespace ErmPortal.Tests.Unit;

/// <summary>Where a certificate stands on a day, and which certificates a later completion has replaced.</summary>
public class CertificationsTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Theory]
    [InlineData(-1, CertificateState.Expired)]
    [InlineData(0, CertificateState.Expiring)]
    [InlineData(Certifications.ExpiringWithinDays, CertificateState.Expiring)]
    [InlineData(Certifications.ExpiringWithinDays + 1, CertificateState.Valid)]
    public void Should_say_expired_expiring_or_valid_when_the_expiry_is_so_many_days_away(int days, CertificateState expected) =>
        Assert.Equal(expected, Certifications.StateOn(Today, Today.AddDays(days)));

    private static TrainingRecord Record(int id, int? courseId, string title, DateOnly completedOn, DateOnly? expiresOn, bool confirmed = true, bool passed = true) =>
        new()
        {
            Id = id, EmployeeId = 7, CourseId = courseId, Title = title, CompletedOn = completedOn, CertificateExpiresOn = expiresOn, Passed = passed,
            ConfirmedAtUtc = confirmed ? completedOn.ToDateTime(TimeOnly.MinValue) : null,
        };

    private static int[] Current(params TrainingRecord[] records) => [.. Certifications.Current(records.AsQueryable()).Select(r => r.Id).Order()];

    [Fact]
    public void Should_leave_only_the_renewal_when_a_later_counted_completion_of_the_same_course_exists() =>
        Assert.Equal([2], Current(Record(1, 5, "First aid", new(2023, 1, 10), new(2026, 1, 10)), Record(2, 5, "First aid", new(2025, 12, 1), new(2028, 12, 1))));

    [Fact]
    public void Should_keep_the_old_certificate_when_the_later_completion_is_not_confirmed_or_failed() =>
        Assert.Equal([1], Current(Record(1, 5, "First aid", new(2023, 1, 10), new(2026, 1, 10)),
            Record(2, 5, "First aid", new(2025, 12, 1), null, confirmed: false), Record(3, 5, "First aid", new(2025, 12, 2), null, passed: false)));

    [Fact]
    public void Should_match_outside_training_by_title_and_never_by_a_course_when_it_has_none() =>
        Assert.Equal([2, 3], Current(Record(1, null, "Scrum Master", new(2022, 1, 10), new(2024, 1, 10)), Record(2, null, "Scrum Master", new(2024, 1, 5), new(2026, 1, 5)),
            Record(3, 9, "Scrum Master", new(2021, 1, 5), new(2023, 1, 5))));

    [Fact]
    public void Should_not_count_a_record_without_an_expiry_as_a_certification() =>
        Assert.Empty(Current(Record(1, 5, "Code of conduct", new(2025, 1, 10), null)));
}
