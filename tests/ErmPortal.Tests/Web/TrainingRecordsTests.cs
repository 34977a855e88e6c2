using System.Net;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Learning.Records;
using ErmPortal.Web.Onboarding.Documents;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// Completions HR records, outside training the person records and HR decides on, certificates and who may download them,
/// certifications to renew, and feedback that stays with HR and the trainer while everyone sees the course's rating.
/// </summary>
public class TrainingRecordsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Pdf = DemoPdf.WithLine("Certificate of completion");
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields,
        (string Name, byte[] Content)? certificate = null)
    {
        var body = new MultipartFormDataContent { { new StringContent(await client.AntiforgeryTokenAsync(formPage)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) body.Add(new StringContent(value), name);
        if (certificate is { } file)
        {
            var content = new ByteArrayContent(file.Content);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            body.Add(content, "Certificate", file.Name);
        }
        return await client.PostAsync(action, body);
    }

    /// <summary>A place of the person on a course's session, holding a seat; the session's trainer is given.</summary>
    private Task<(int EnrolmentId, int CourseId, Guid Version)> PlantPlaceAsync(int employeeId, string title, int? trainerId = null) => portal.QueryDbAsync(async db =>
    {
        var course = new Course { Title = title, Provider = "Records Academy", Hours = 6, Cost = 150, CreatedAtUtc = DateTime.UtcNow };
        course.Sessions.Add(new CourseSession
        {
            StartsAtUtc = DateTime.UtcNow.AddDays(-3), EndsAtUtc = DateTime.UtcNow.AddDays(-3).AddHours(6), TimeZoneId = "UTC", Place = "Room", Capacity = 10,
            TrainerEmployeeId = trainerId,
        });
        db.Add(course);
        await db.SaveChangesAsync();
        var place = new Enrolment
        {
            EmployeeId = employeeId, CourseId = course.Id, SessionId = course.Sessions[0].Id, Status = EnrolmentStatus.Enrolled, RequestedAtUtc = DateTime.UtcNow.AddDays(-20),
        };
        db.Add(place);
        await db.SaveChangesAsync();
        return (place.Id, course.Id, place.Version);
    });

    private Task<int> EmployeeIdAsync(string email) => portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == email).Select(e => e.Id).SingleAsync());

    private int StoredCertificates() => portal.StoredFiles().Count(f => f.Contains(CertificateFile.Folder, StringComparison.Ordinal));

    private async Task<HttpResponseMessage> RecordFromPlaceAsync(HttpClient hr, int enrolmentId, Guid version, (string, byte[])? certificate = null,
        string score = "82", string? expires = null) =>
        await PostMultipartAsync(hr, $"/learning/records/new?enrolmentId={enrolmentId}", "/learning/records/new", new()
        {
            ["EnrolmentId"] = enrolmentId.ToString(), ["Version"] = version.ToString(), ["CompletedOn"] = Today, ["Score"] = score, ["Passed"] = "true",
            ["CertificateExpiresOn"] = expires ?? "",
        }, certificate);

    [Fact]
    public async Task Should_complete_the_place_confirm_the_record_and_add_it_to_the_timeline_when_hr_records_a_completion_from_a_place()
    {
        var relations = await Relations.FindAsync(portal);
        var (enrolmentId, courseId, version) = await PlantPlaceAsync(relations.TargetId, "Recorded from a place");
        var hr = await relations.ClientAsync(portal, Viewer.Hr);

        var response = await RecordFromPlaceAsync(hr, enrolmentId, version, ("certificate.pdf", Pdf), expires: DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (status, record, entry) = await portal.QueryDbAsync(async db => (
            await db.Set<Enrolment>().Where(e => e.Id == enrolmentId).Select(e => e.Status).SingleAsync(),
            await db.Set<TrainingRecord>().Where(r => r.EnrolmentId == enrolmentId).Select(r => new { r.Hours, r.Cost, r.Score, r.ConfirmedAtUtc, r.CourseId, r.CertificateContentType }).SingleAsync(),
            await db.Set<TimelineEntry>().Where(t => t.SubjectType == TimelineSubjects.Employee && t.SubjectId == relations.TargetId
                && t.Kind == RecordsTimelineKinds.CertificationEarned).OrderByDescending(t => t.Id).Select(t => t.Arguments).FirstAsync()));
        Assert.Equal(EnrolmentStatus.Completed, status);
        Assert.NotNull(record.ConfirmedAtUtc);
        Assert.Equal((6m, 150m, 82m, (int?)courseId, "application/pdf"), (record.Hours, record.Cost, record.Score, record.CourseId, record.CertificateContentType));
        Assert.Equal("Recorded from a place", entry.Text(RecordsTimelineKinds.Title));
    }

    [Fact]
    public async Task Should_show_a_conflict_and_record_nothing_when_the_place_changed_after_the_form_was_opened()
    {
        var relations = await Relations.FindAsync(portal);
        var (enrolmentId, _, version) = await PlantPlaceAsync(relations.TargetId, "Changed meanwhile");
        await portal.QueryDbAsync(async db =>
        {
            var place = await db.Set<Enrolment>().SingleAsync(e => e.Id == enrolmentId);
            place.DueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5);
            return await db.SaveChangesAsync();
        });

        var response = await RecordFromPlaceAsync(await relations.ClientAsync(portal, Viewer.Hr), enrolmentId, version);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone changed this place after you opened the form", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(await portal.QueryDbAsync(db => db.Set<TrainingRecord>().AnyAsync(r => r.EnrolmentId == enrolmentId)));
    }

    public static TheoryData<string, string, int> RefusedCertificates => new()
    {
        { "a text behind a .pdf name", "certificate.pdf", 0 },
        { "a Word document", "certificate.docx", 1 },
        { "a file over 10 MB", "certificate.pdf", 2 },
    };

    [Theory]
    [MemberData(nameof(RefusedCertificates))]
    public async Task Should_refuse_the_certificate_and_store_nothing_when_the_file_is_not_a_pdf_or_an_image(string _, string fileName, int kind)
    {
        var relations = await Relations.FindAsync(portal);
        var (enrolmentId, _, version) = await PlantPlaceAsync(relations.TargetId, $"Refused upload {kind}");
        byte[] content = kind switch
        {
            0 => "%PDX not really a PDF"u8.ToArray(),
            1 => DocxBytes(),
            _ => [.. Pdf, .. new byte[CertificateFile.MaxBytes]],
        };
        var files = StoredCertificates();

        var response = await RecordFromPlaceAsync(await relations.ClientAsync(portal, Viewer.Hr), enrolmentId, version, (fileName, content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(body.Contains(CertificateFile.WrongType) || body.Contains(CertificateFile.TooLarge), body[..Math.Min(body.Length, 300)]);
        Assert.False(await portal.QueryDbAsync(db => db.Set<TrainingRecord>().AnyAsync(r => r.EnrolmentId == enrolmentId)));
        Assert.Equal(EnrolmentStatus.Enrolled, await portal.QueryDbAsync(db => db.Set<Enrolment>().Where(e => e.Id == enrolmentId).Select(e => e.Status).SingleAsync()));
        Assert.Equal(files, StoredCertificates());
    }

    private static byte[] DocxBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open())) writer.Write("<Types/>");
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open())) writer.Write("<w:document/>");
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task Should_wait_for_hr_and_count_once_confirmed_when_the_person_records_outside_training()
    {
        var relations = await Relations.FindAsync(portal);
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var recorded = await PostMultipartAsync(self, "/me/learning/records/new", "/me/learning/records/new", new()
        {
            ["Title"] = "Evening course in negotiation", ["Provider"] = "City college", ["CompletedOn"] = Today, ["Hours"] = "12", ["Cost"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var id = await portal.QueryDbAsync(db => db.Set<TrainingRecord>().Where(r => r.EmployeeId == relations.TargetId && r.Title == "Evening course in negotiation")
            .Select(r => r.Id).SingleAsync());
        Assert.Contains("data-record-state=\"awaiting\"", await self.GetStringAsync("/me/learning/records"));
        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        Assert.Contains($"id=\"to-confirm-{id}\"", await hr.GetStringAsync("/learning/records"));
        Assert.False(await portal.QueryDbAsync(db => db.Set<TrainingRecord>().Where(r => r.Id == id).Select(r => r.ConfirmedAtUtc != null).SingleAsync()));

        var confirmed = await hr.PostFormAsync("/learning/records", $"/learning/records/{id}/confirm", []);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var userId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == relations.TargetId).Select(e => e.UserId).SingleAsync());
        var (counts, kinds, told) = await portal.QueryDbAsync(async db => (
            await db.Set<TrainingRecord>().Where(r => r.Id == id).Select(r => r.ConfirmedAtUtc != null).SingleAsync(),
            await db.Set<TimelineEntry>().Where(t => t.SubjectId == relations.TargetId && t.SubjectType == TimelineSubjects.Employee && t.Link == RecordsTimelineKinds.Link)
                .OrderByDescending(t => t.Id).Take(2).Select(t => t.Kind).ToListAsync(),
            await db.Set<Notification>().AnyAsync(n => n.RecipientUserId == userId && n.Kind == RecordsNotifications.OutsideConfirmed)));
        Assert.True(counts);
        Assert.Equal([RecordsTimelineKinds.OutsideConfirmed, RecordsTimelineKinds.OutsideRecorded], kinds);
        Assert.True(told);
        Assert.DoesNotContain($"id=\"to-confirm-{id}\"", await hr.GetStringAsync("/learning/records"));
    }

    [Fact]
    public async Task Should_ask_for_a_reason_and_keep_the_training_waiting_when_hr_refuses_without_one()
    {
        var relations = await Relations.FindAsync(portal);
        var id = await portal.QueryDbAsync(async db =>
        {
            var record = new TrainingRecord
            {
                EmployeeId = relations.TargetId, Title = "Weekend yoga retreat", Source = TrainingRecordSource.SelfRecorded, Hours = 10, Passed = true,
                CompletedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), RecordedAtUtc = DateTime.UtcNow,
            };
            db.Add(record);
            await db.SaveChangesAsync();
            return record.Id;
        });
        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        var page = $"/learning/records/{id}/refuse";

        var empty = await hr.PostFormAsync(page, page, new() { ["Reason"] = "" });

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Say why the training is not confirmed", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        Assert.Null(await portal.QueryDbAsync(db => db.Set<TrainingRecord>().Where(r => r.Id == id).Select(r => r.RefusedAtUtc).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(page, page, new() { ["Reason"] = "Not related to the role." })).StatusCode);
        var refused = await portal.QueryDbAsync(db => db.Set<TrainingRecord>().Where(r => r.Id == id).Select(r => new { r.RefusalReason, r.ConfirmedAtUtc }).SingleAsync());
        Assert.Equal(("Not related to the role.", (DateTime?)null), (refused.RefusalReason, refused.ConfirmedAtUtc));
        Assert.Contains("Not related to the role.", WebUtility.HtmlDecode(await (await relations.ClientAsync(portal, Viewer.Self)).GetStringAsync("/me/learning/records")));
    }

    [Fact]
    public async Task Should_let_the_person_their_managers_and_hr_download_the_certificate_and_tell_a_peer_it_does_not_exist()
    {
        var relations = await Relations.FindAsync(portal);
        var (enrolmentId, _, version) = await PlantPlaceAsync(relations.TargetId, "Downloadable certificate");
        Assert.Equal(HttpStatusCode.Redirect, (await RecordFromPlaceAsync(await relations.ClientAsync(portal, Viewer.Hr), enrolmentId, version, ("My certificate.pdf", Pdf))).StatusCode);
        var id = await portal.QueryDbAsync(db => db.Set<TrainingRecord>().Where(r => r.EnrolmentId == enrolmentId).Select(r => r.Id).SingleAsync());
        var failures = new List<string>();
        foreach (var viewer in new[] { Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Peer, Viewer.Admin })
        {
            var download = await (await relations.ClientAsync(portal, viewer)).GetAsync($"/learning/records/{id}/certificate");
            var allowed = viewer is not (Viewer.Peer or Viewer.Admin);
            if (download.StatusCode != (allowed ? HttpStatusCode.OK : HttpStatusCode.NotFound)) failures.Add($"{viewer}: {(int)download.StatusCode}");
            if (!allowed) continue;
            if (download.Content.Headers.ContentDisposition?.DispositionType != "attachment") failures.Add($"{viewer}: not an attachment");
            if (download.Content.Headers.ContentDisposition?.FileNameStar != "My certificate.pdf") failures.Add($"{viewer}: name {download.Content.Headers.ContentDisposition?.FileNameStar}");
            if (download.Content.Headers.ContentType?.MediaType != "application/pdf") failures.Add($"{viewer}: type {download.Content.Headers.ContentType}");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private Task<int> PlantCertificateAsync(int employeeId, string title, int expiresInDays) => portal.QueryDbAsync(async db =>
    {
        var record = new TrainingRecord
        {
            EmployeeId = employeeId, Title = title, Source = TrainingRecordSource.RecordedByHr, Hours = 4, Passed = true,
            CompletedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-2), CertificateExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(expiresInDays),
            RecordedAtUtc = DateTime.UtcNow, ConfirmedAtUtc = DateTime.UtcNow,
        };
        db.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    });

    [Fact]
    public async Task Should_list_only_the_certifications_of_people_below_a_manager_and_everyone_for_hr()
    {
        var relations = await Relations.FindAsync(portal);
        var peerId = await EmployeeIdAsync(relations.Emails[Viewer.Peer]!);
        var below = await PlantCertificateAsync(relations.TargetId, "Forklift licence", 20);
        var elsewhere = await PlantCertificateAsync(peerId, "Forklift licence", -3);

        var manager = await (await relations.ClientAsync(portal, Viewer.SkipLevelManager)).GetStringAsync("/learning/certifications");
        var hr = await (await relations.ClientAsync(portal, Viewer.Hr)).GetStringAsync("/learning/certifications?show=Expired");

        Assert.Contains($"id=\"certification-{below}\"", manager);
        Assert.DoesNotContain($"id=\"certification-{elsewhere}\"", manager);
        Assert.Contains($"id=\"certification-{elsewhere}\"", hr);
        Assert.DoesNotContain($"id=\"certification-{below}\"", hr);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await relations.ClientAsync(portal, Viewer.Peer)).GetAsync("/learning/certifications")).StatusCode);
    }

    [Fact]
    public async Task Should_show_feedback_to_hr_and_the_trainer_only_and_the_rating_to_everyone()
    {
        var relations = await Relations.FindAsync(portal);
        var trainerId = await EmployeeIdAsync(relations.Emails[Viewer.Peer]!);
        var (enrolmentId, courseId, version) = await PlantPlaceAsync(relations.TargetId, "Rated course", trainerId);
        Assert.Equal(HttpStatusCode.Redirect, (await RecordFromPlaceAsync(await relations.ClientAsync(portal, Viewer.Hr), enrolmentId, version)).StatusCode);
        var recordId = await portal.QueryDbAsync(db => db.Set<TrainingRecord>().Where(r => r.EnrolmentId == enrolmentId).Select(r => r.Id).SingleAsync());
        var self = await relations.ClientAsync(portal, Viewer.Self);
        const string comment = "The labs on day two were excellent";

        var rated = await self.PostFormAsync("/me/learning/records", $"/me/learning/records/{recordId}/feedback", new() { ["Rating"] = "4", ["Comment"] = comment });
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        // Rated again: changed, not a second opinion.
        await self.PostFormAsync("/me/learning/records", $"/me/learning/records/{recordId}/feedback", new() { ["Rating"] = "5", ["Comment"] = comment });

        var failures = new List<string>();
        foreach (var viewer in new[] { Viewer.Self, Viewer.Peer, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr })
        {
            var client = await relations.ClientAsync(portal, viewer);
            var feedback = await client.GetAsync($"/learning/courses/{courseId}/feedback");
            var allowed = viewer is Viewer.Hr or Viewer.Peer;
            if (feedback.StatusCode != (allowed ? HttpStatusCode.OK : HttpStatusCode.NotFound)) failures.Add($"{viewer}: feedback {(int)feedback.StatusCode}");
            if (allowed && !(await feedback.Content.ReadAsStringAsync()).Contains(comment)) failures.Add($"{viewer}: comment missing");
            var course = await client.GetStringAsync($"/learning/courses/{courseId}");
            if (!course.Contains("data-course-rating=\"5.0\" data-ratings=\"1\"")) failures.Add($"{viewer}: no aggregated rating on the course");
            if (course.Contains(comment)) failures.Add($"{viewer}: comment on the course page");
        }
        Assert.Contains("data-course-rating=\"5.0\" data-ratings=\"1\"", await self.GetStringAsync("/learning/courses?provider=Records+Academy&search=Rated"));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Set<TrainingFeedback>().CountAsync(f => f.TrainingRecordId == recordId)));
    }

    [Fact]
    public async Task Should_refuse_a_rating_of_someone_elses_record_as_not_found()
    {
        var relations = await Relations.FindAsync(portal);
        var (enrolmentId, _, version) = await PlantPlaceAsync(relations.TargetId, "Not yours to rate");
        await RecordFromPlaceAsync(await relations.ClientAsync(portal, Viewer.Hr), enrolmentId, version);
        var recordId = await portal.QueryDbAsync(db => db.Set<TrainingRecord>().Where(r => r.EnrolmentId == enrolmentId).Select(r => r.Id).SingleAsync());
        var manager = await relations.ClientAsync(portal, Viewer.Manager);

        var response = await manager.PostFormAsync("/me/learning/records", $"/me/learning/records/{recordId}/feedback", new() { ["Rating"] = "1" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
