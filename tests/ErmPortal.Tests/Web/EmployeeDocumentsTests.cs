using System.Net;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Onboarding;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Notifications;
using ErmPortal.Web.Onboarding.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>Documents kept about a person: uploads checked before anything is stored, who may list and download them, requested uploads, expiry reminders.</summary>
public class EmployeeDocumentsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Pdf = DemoPdf.WithLine("A signed contract");

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int employeeId, string fileName, byte[] content,
        Dictionary<string, string>? fields = null)
    {
        var page = $"/employees/{employeeId}/documents";
        var body = new MultipartFormDataContent { { new StringContent(await client.AntiforgeryTokenAsync(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields ?? new() { ["Title"] = "Contract", ["Type"] = nameof(EmployeeDocumentType.Contract) })
            body.Add(new StringContent(value), name);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        body.Add(file, "File", fileName);
        return await client.PostAsync(page, body);
    }

    private Task<int> PlantDocumentAsync(int employeeId, string title, DocumentVisibility visibility, DateOnly? expiresOn = null) =>
        portal.QueryDbAsync(async db =>
        {
            var document = new EmployeeDocument
            {
                EmployeeId = employeeId, Type = EmployeeDocumentType.Certificate, Title = title, FileKey = "employee-documents/planted/none.pdf",
                FileName = "planted.pdf", ContentType = "application/pdf", SizeBytes = 10, ExpiresOn = expiresOn, Visibility = visibility,
                UploadedAtUtc = DateTime.UtcNow,
            };
            db.Add(document);
            await db.SaveChangesAsync();
            return document.Id;
        });

    private Task<int> DocumentCountAsync() => portal.QueryDbAsync(db => db.Set<EmployeeDocument>().CountAsync());

    private int StoredDocumentFiles() => portal.StoredFiles().Count(f => f.Contains("employee-documents", StringComparison.Ordinal));

    public static TheoryData<string, string, int> RefusedUploads => new()
    {
        { "a text behind a .pdf name", "contract.pdf", 1 },
        { "an empty file", "contract.pdf", 0 },
        { "a name reaching into folders", "../../etc/contract.pdf", 2 },
        { "a file over 10 MB", "contract.pdf", 3 },
    };

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task Should_refuse_the_upload_and_store_nothing_when_the_file_is_not_a_document(string _, string fileName, int kind)
    {
        var relations = await Relations.FindAsync(portal);
        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        byte[] content = kind switch
        {
            0 => [],
            1 => "<script>alert(1)</script>"u8.ToArray(),
            2 => Pdf,
            _ => [.. Pdf, .. new byte[DocumentFile.MaxBytes]],
        };
        var (documents, files) = (await DocumentCountAsync(), StoredDocumentFiles());

        var response = await UploadAsync(hr, relations.TargetId, fileName, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"document-errors\"", await response.Content.ReadAsStringAsync());
        Assert.Equal((documents, files), (await DocumentCountAsync(), StoredDocumentFiles()));
    }

    [Fact]
    public async Task Should_let_the_person_download_what_hr_uploaded_as_an_attachment_when_it_is_shared_with_them()
    {
        var relations = await Relations.FindAsync(portal);
        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(hr, relations.TargetId, "Contract 2026.pdf", Pdf)).StatusCode);
        var id = await portal.QueryDbAsync(db => db.Set<EmployeeDocument>().Where(d => d.EmployeeId == relations.TargetId).OrderByDescending(d => d.Id).Select(d => d.Id).FirstAsync());

        var download = await (await relations.ClientAsync(portal, Viewer.Self)).GetAsync($"/employees/{relations.TargetId}/documents/{id}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Contract 2026.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Should_show_documents_to_the_person_and_hr_only_and_keep_hr_only_ones_from_the_person()
    {
        var relations = await Relations.FindAsync(portal);
        var shared = await PlantDocumentAsync(relations.TargetId, "Shared certificate", DocumentVisibility.PersonAndHr);
        var hrOnly = await PlantDocumentAsync(relations.TargetId, "Background check of the matrix", DocumentVisibility.HrOnly);
        var page = $"/employees/{relations.TargetId}/documents";
        var failures = new List<string>();
        foreach (var viewer in new[] { Viewer.Self, Viewer.Peer, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Admin })
        {
            var client = await relations.ClientAsync(portal, viewer);
            var list = await client.GetAsync(page);
            var body = await list.Content.ReadAsStringAsync();
            var expected = viewer is Viewer.Self or Viewer.Hr ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            if (list.StatusCode != expected) failures.Add($"{viewer}: list {(int)list.StatusCode}");
            if (body.Contains("Background check of the matrix") != (viewer == Viewer.Hr)) failures.Add($"{viewer}: HR-only document shown wrongly");
            if (body.Contains("Shared certificate") != (viewer is Viewer.Self or Viewer.Hr)) failures.Add($"{viewer}: shared document shown wrongly");
            // The planted files are not in the store: a download the viewer may make answers "not found" as well, so only
            // those who may not see the document are checked here; the download itself is proven above.
            if (viewer is not (Viewer.Self or Viewer.Hr) && (await client.GetAsync($"{page}/{shared}")).StatusCode != HttpStatusCode.NotFound)
                failures.Add($"{viewer}: downloaded a shared document");
        }
        var self = await relations.ClientAsync(portal, Viewer.Self);
        Assert.Equal(HttpStatusCode.NotFound, (await self.GetAsync($"{page}/{hrOnly}")).StatusCode);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Should_complete_the_plan_task_and_link_the_document_when_the_person_uploads_what_it_requests()
    {
        var relations = await Relations.FindAsync(portal);
        var taskId = await portal.QueryDbAsync(async db =>
        {
            var employee = await db.Employees.SingleAsync(e => e.Id == relations.TargetId);
            var plan = JourneyPlan.Start(employee, JourneyKind.Onboarding, null, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10), "UTC",
                new JourneyPlan.Assignees(null, null, null, null, employee.Id), "planted", DateTime.UtcNow);
            var task = plan.AddTask(new TemplateTask { Title = "Send us your work permit", Owner = TaskOwner.Employee, DueOffset = -3, DueUnit = OffsetUnit.Days,
                RequestedDocument = EmployeeDocumentType.WorkPermit }, employee.Id);
            plan.AddTask(new TemplateTask { Title = "Meet the team", Owner = TaskOwner.Employee, DueOffset = 1, DueUnit = OffsetUnit.Days }, employee.Id);
            plan.TakeDomainEvents();
            db.Add(plan);
            await db.SaveChangesAsync();
            return task.Id;
        });
        var self = await relations.ClientAsync(portal, Viewer.Self);
        var page = await self.GetStringAsync($"/employees/{relations.TargetId}/documents");
        Assert.Contains("Requested: Work permit — due", System.Net.WebUtility.HtmlDecode(page));

        var withoutTask = await UploadAsync(self, relations.TargetId, "mine.pdf", Pdf);
        var files = StoredDocumentFiles();
        var uploaded = await UploadAsync(self, relations.TargetId, "permit.pdf", Pdf,
            new() { ["TaskId"] = taskId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ExpiresOn"] = "2030-01-31" });

        Assert.Equal(HttpStatusCode.NotFound, withoutTask.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var task = await portal.QueryDbAsync(db => db.Set<PlanTask>().AsNoTracking().SingleAsync(t => t.Id == taskId));
        var document = await portal.QueryDbAsync(db => db.Set<EmployeeDocument>().AsNoTracking().SingleAsync(d => d.PlanTaskId == taskId));
        Assert.True(task.IsDone);
        Assert.Equal((EmployeeDocumentType.WorkPermit, DocumentVisibility.PersonAndHr, new DateOnly(2030, 1, 31)), (document.Type, document.Visibility, document.ExpiresOn!.Value));
        Assert.Equal(files + 1, StoredDocumentFiles());
        // Done, the task asks for nothing more: a second upload for it is refused.
        var again = await UploadAsync(self, relations.TargetId, "permit.pdf", Pdf, new() { ["TaskId"] = taskId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Should_remind_hr_and_the_person_a_month_a_week_and_on_the_day_a_document_expires_and_send_one_digest_when_run_twice()
    {
        var relations = await Relations.FindAsync(portal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await PlantDocumentAsync(relations.TargetId, "Permit a month ahead", DocumentVisibility.PersonAndHr, today.AddDays(30));
        await PlantDocumentAsync(relations.TargetId, "Check on the day", DocumentVisibility.HrOnly, today);
        await PlantDocumentAsync(relations.TargetId, "Permit in ten days", DocumentVisibility.PersonAndHr, today.AddDays(10));
        var personUserId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == relations.TargetId).Select(e => e.UserId!).SingleAsync());
        var hr = await portal.AsUserAsync(null, sp => sp.GetRequiredService<NotificationRecipients>().InRoleAsync(Roles.Hr, CancellationToken.None));

        var items = await portal.AsUserAsync(null, sp => sp.GetServices<IReminderSource>().OfType<ExpiringDocumentReminders>().Single()
            .RemindersForAsync(today, CancellationToken.None));
        var mine = items.Where(i => i.Link == $"/employees/{relations.TargetId}/documents").ToList();

        Assert.Equal(hr.Count * 2 + 1, mine.Count);
        Assert.Single(mine, i => i.RecipientUserId == personUserId);
        Assert.Equal(today.AddDays(30), DateOnly.Parse(mine.Single(i => i.RecipientUserId == personUserId).Arguments["expires"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(mine, i => i.Arguments["expires"] == today.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        for (var run = 0; run < 2; run++)
        {
            await using var scope = portal.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SendReminderDigestsJob>().RunAsync(CancellationToken.None);
        }
        var digests = await portal.QueryDbAsync(db => db.Set<ReminderDigest>().Where(d => d.UserId == personUserId && d.Day == today).ToListAsync());
        Assert.Single(digests);
        Assert.Contains($"/employees/{relations.TargetId}/documents", digests[0].Items);
    }

    [Fact]
    public async Task Should_show_hr_the_documents_to_renew_on_the_home_page_until_a_later_one_of_the_same_kind_replaces_them()
    {
        var relations = await Relations.FindAsync(portal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await PlantDocumentAsync(relations.TargetId, "Forklift licence", DocumentVisibility.PersonAndHr, today.AddDays(-3));
        await PlantDocumentAsync(relations.TargetId, "First-aid certificate", DocumentVisibility.HrOnly, today.AddDays(400));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var card = Card(await hr.GetStringAsync("/"));
        Assert.Matches(@"data-expired=""true"">\s*<span[^>]*><a href=""/employees/" + relations.TargetId + @"/documents""[^>]*><bdi>[^<]+</bdi></a>\s*<span[^>]*>[^<]*<bdi>Forklift licence</bdi>", card);
        Assert.DoesNotContain("First-aid certificate", card);
        Assert.DoesNotContain("id=\"expiring-documents-section\"", await (await portal.SignedInClientAsync(DemoPeople.Employee)).GetStringAsync("/"));

        // Renewed: the licence uploaded again, valid for five years, and the old one needs nothing more.
        await PlantDocumentAsync(relations.TargetId, "forklift licence", DocumentVisibility.PersonAndHr, today.AddYears(5));
        Assert.DoesNotContain("Forklift licence", Card(await hr.GetStringAsync("/")));

        static string Card(string home)
        {
            var start = home.IndexOf("id=\"expiring-documents-section\"", StringComparison.Ordinal);
            return start < 0 ? "" : home[start..home.IndexOf("</section>", start, StringComparison.Ordinal)];
        }
    }
}
