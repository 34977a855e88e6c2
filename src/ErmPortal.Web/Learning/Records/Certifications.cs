using ErmPortal.Data;
using ErmPortal.Data.Learning;

namespace ErmPortal.Web.Learning.Records;

/// <summary>Where a certificate stands on a day: valid, to renew within the warning window, or expired.</summary>
public enum CertificateState { Valid, Expiring, Expired }

/// <summary>
/// The rules of certifications, shared by the person's records, the certifications list, the home cards and the
/// reminders, so they all agree.
/// </summary>
public static class Certifications
{
    /// <summary>How many days ahead a certificate counts as expiring: long enough to book a renewal course.</summary>
    public const int ExpiringWithinDays = 60;

    /// <summary>Days before the expiry on which the person is reminded to renew.</summary>
    public static readonly int[] RemindDaysAhead = [ExpiringWithinDays, 30, 7, 0];

    public static CertificateState StateOn(DateOnly today, DateOnly expiresOn) =>
        expiresOn < today ? CertificateState.Expired
        : expiresOn <= today.AddDays(ExpiringWithinDays) ? CertificateState.Expiring
        : CertificateState.Valid;

    /// <summary>
    /// Certificates that count (confirmed and passed) and were not replaced: a later counted completion of the same
    /// course, or of outside training of the same title, is the renewal, and the older certificate needs nothing more.
    /// Written once over any source of records, so the database and the rule's tests read the same expression.
    /// </summary>
    public static IQueryable<TrainingRecord> Current(IQueryable<TrainingRecord> records) =>
        records.Where(r => r.CertificateExpiresOn != null && r.ConfirmedAtUtc != null && r.Passed
                           && !records.Any(later => later.EmployeeId == r.EmployeeId && later.ConfirmedAtUtc != null && later.Passed
                                                    && later.CompletedOn > r.CompletedOn
                                                    && (r.CourseId != null ? later.CourseId == r.CourseId : later.CourseId == null && later.Title == r.Title)));

    /// <summary>One of a person's records, with what the certification rules and the invitation to rate read of it.</summary>
    public record PersonRecord(TrainingRecord Record, bool Rated);

    /// <summary>All of a person's records, lightly: for pages that show a few of them and their current certifications.</summary>
    public static IQueryable<PersonRecord> OfPerson(ErmDbContext db, int employeeId) => db.Set<TrainingRecord>().Where(r => r.EmployeeId == employeeId)
        .Select(r => new PersonRecord(new TrainingRecord
        {
            Id = r.Id, EmployeeId = r.EmployeeId, CourseId = r.CourseId, Title = r.Title, CompletedOn = r.CompletedOn, Passed = r.Passed,
            CertificateExpiresOn = r.CertificateExpiresOn, ConfirmedAtUtc = r.ConfirmedAtUtc, RefusedAtUtc = r.RefusedAtUtc,
        }, db.Set<TrainingFeedback>().Any(f => f.TrainingRecordId == r.Id)));
}
