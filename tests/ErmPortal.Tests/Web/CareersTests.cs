using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>The portal with a rate limit no test of the careers page reaches unless it means to.</summary>
public class CareersPortal : CountingPortalFactory
{
    protected virtual int PermitLimit => 1000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Careers:RateLimit:PermitLimit", PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>The public careers page as an anonymous visitor and a candidate use it.</summary>
public class CareersTests(CareersPortal portal) : IClassFixture<CareersPortal>
{
    [Fact]
    public async Task Should_list_openings_published_for_everyone_when_an_anonymous_visitor_opens_the_careers_page()
    {
        var open = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "list-open", title: "Harbour logistics planner");
        await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "list-internal", OpeningAudience.InternalOnly, title: "Quiet internal archivist");
        var visitor = portal.CreatePortalClient();

        var response = await visitor.GetAsync("/careers");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Harbour logistics planner", page);
        Assert.DoesNotContain("Quiet internal archivist", page);
        Assert.DoesNotContain("nav-recruitment", page);
        Assert.Contains("Harbour logistics planner", await visitor.GetStringAsync("/careers?search=harbour"));
        Assert.DoesNotContain("Harbour logistics planner", await visitor.GetStringAsync("/careers?search=zzz-nothing"));
        Assert.Contains("id=\"no-openings\"", await visitor.GetStringAsync("/careers?search=zzz-nothing"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/careers/{open.OpeningId}")).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_an_internal_only_opening_when_an_anonymous_visitor_asks_for_it()
    {
        var internalOnly = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "internal-page", OpeningAudience.InternalOnly);

        var response = await portal.CreatePortalClient().GetAsync($"/careers/{internalOnly.OpeningId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Should_show_the_careers_page_in_the_chosen_language_when_an_anonymous_visitor_changes_it()
    {
        var visitor = portal.CreatePortalClient();

        var change = await visitor.PostFormAsync("/careers", "/culture", new() { ["culture"] = "it", ["returnUrl"] = "/careers" });

        Assert.Equal("/careers", change.Headers.Location?.ToString());
        Assert.Contains("Lavora con noi", await visitor.GetStringAsync("/careers"));
    }

    [Fact]
    public async Task Should_sanitise_the_description_when_the_opening_page_shows_it()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "sanitised");
        await portal.QueryDbAsync(db => db.Set<Opening>().Where(o => o.Id == opening.OpeningId)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.DescriptionHtml, "<p>Join us</p><script>alert(1)</script><img src=x onerror=alert(2)>")));

        var page = await portal.CreatePortalClient().GetStringAsync($"/careers/{opening.OpeningId}");

        Assert.Contains("<p>Join us</p>", page);
        Assert.DoesNotContain("alert(", page);
    }

    [Theory]
    [InlineData("cv.pdf", "application/pdf")]
    [InlineData("cv.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task Should_keep_the_application_and_its_cv_when_a_real_document_is_sent(string fileName, string contentType)
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "happy-" + fileName);
        var email = $"happy.{fileName}@candidates.test";
        var filesBefore = portal.StoredFiles().Count;

        var response = await ApplyAsync(portal.CreatePortalClient(), opening.OpeningId, email, fileName, fileName.EndsWith(".pdf") ? CvDocuments.Pdf : CvDocuments.Docx());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/careers/{opening.OpeningId}/applied", response.Headers.Location?.ToString());
        var application = await portal.QueryDbAsync(db => db.Set<JobApplication>().Include(a => a.Candidate).Include(a => a.Stage)
            .SingleAsync(a => a.Candidate.NormalizedEmail == Candidate.Normalize(email)));
        Assert.Equal((StageKind.Applied, fileName, contentType, CandidateSource.Referral), (application.Stage.Kind, application.CvFileName, application.CvContentType, application.Source));
        Assert.StartsWith("cv/", application.CvFileKey);
        Assert.Equal(filesBefore + 1, portal.StoredFiles().Count);
        Assert.DoesNotContain(portal.StoredFiles(), f => f.EndsWith(fileName, StringComparison.Ordinal));
        Assert.NotNull(await StatusLinkAsync(email));
    }

    public static TheoryData<string, string, byte[], string> RefusedUploads => new()
    {
        { "oversize", "big.pdf", CvDocuments.PdfOfSize(5 * 1024 * 1024 + 1), "The CV is larger than 5 MB. Send a smaller file." },
        { "html-named-pdf", "cv.pdf", "<html><script>alert(1)</script></html>"u8.ToArray(), "Only PDF or Word (.docx) files can be sent as a CV." },
        { "zip-named-docx", "cv.docx", CvDocuments.Zip(("notes.txt", "not a Word document")), "Only PDF or Word (.docx) files can be sent as a CV." },
        { "traversal", "../../etc/cv.pdf", CvDocuments.Pdf, "This file name cannot be used. Rename the file to a plain name and choose it again." },
        { "traversal-windows", "..\\..\\cv.pdf", CvDocuments.Pdf, "This file name cannot be used. Rename the file to a plain name and choose it again." },
        { "empty", "cv.pdf", [], "The file is empty." },
    };

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task Should_refuse_and_store_nothing_when_the_cv_is_not_acceptable(string name, string fileName, byte[] content, string message)
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "refused-" + name);
        var email = $"refused.{name}@candidates.test";
        var filesBefore = portal.StoredFiles().Count;

        var response = await ApplyAsync(portal.CreatePortalClient(), opening.OpeningId, email, fileName, content);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"Cv-error\">" + Regex.Escape(message), page);
        Assert.Contains($"value=\"{email}\"", page);
        Assert.False(await portal.QueryDbAsync(db => db.Set<Candidate>().AnyAsync(c => c.NormalizedEmail == Candidate.Normalize(email))));
        Assert.Equal(filesBefore, portal.StoredFiles().Count);
    }

    [Fact]
    public async Task Should_merge_into_one_candidate_when_the_same_person_applies_again()
    {
        var first = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "repeat-first");
        var second = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "repeat-second");
        var visitor = portal.CreatePortalClient();

        await ApplyAsync(visitor, first.OpeningId, "Repeat.Person@Candidates.test", "cv.pdf", CvDocuments.Pdf, skills: "SQL");
        var again = await ApplyAsync(visitor, second.OpeningId, "  repeat.person@candidates.test ", "cv.pdf", CvDocuments.Pdf,
            phone: "+39 055 0000", skills: "sql, Negotiation");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var candidates = await portal.QueryDbAsync(db => db.Set<Candidate>().Include(c => c.Applications)
            .Where(c => c.NormalizedEmail == Candidate.Normalize("repeat.person@candidates.test")).ToListAsync());
        var candidate = Assert.Single(candidates);
        Assert.Equal([first.OpeningId, second.OpeningId], candidate.Applications.Select(a => a.OpeningId).Order());
        Assert.Equal(("+39 055 0000", "SQL, Negotiation"), (candidate.Phone, candidate.Skills));
    }

    [Fact]
    public async Task Should_refuse_with_a_message_when_someone_applies_twice_to_the_same_opening()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "twice");
        var visitor = portal.CreatePortalClient();
        await ApplyAsync(visitor, opening.OpeningId, "twice@candidates.test", "cv.pdf", CvDocuments.Pdf);
        var filesBefore = portal.StoredFiles().Count;

        var response = await ApplyAsync(visitor, opening.OpeningId, "TWICE@candidates.test", "cv.pdf", CvDocuments.Pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This email address has already applied to this opening.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Set<JobApplication>().CountAsync(a => a.OpeningId == opening.OpeningId)));
        Assert.Equal(filesBefore, portal.StoredFiles().Count);
    }

    [Fact]
    public async Task Should_make_one_candidate_when_two_first_applications_from_one_address_arrive_together()
    {
        var first = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "race-first");
        var second = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "race-second");

        var responses = await Task.WhenAll(
            ApplyAsync(portal.CreatePortalClient(), first.OpeningId, "race@candidates.test", "cv.pdf", CvDocuments.Pdf),
            ApplyAsync(portal.CreatePortalClient(), second.OpeningId, "race@candidates.test", "cv.pdf", CvDocuments.Pdf));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK));
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Set<Candidate>().CountAsync(c => c.NormalizedEmail == Candidate.Normalize("race@candidates.test"))));
    }

    [Fact]
    public async Task Should_show_the_stage_message_and_withdraw_when_the_candidate_uses_their_link()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "status");
        var visitor = portal.CreatePortalClient();
        await ApplyAsync(visitor, opening.OpeningId, "status@candidates.test", "cv.pdf", CvDocuments.Pdf);
        var link = (await StatusLinkAsync("status@candidates.test"))!;

        var status = await visitor.GetStringAsync(link);
        Assert.Contains("We have received your application and will review it carefully.", status);
        var applicationId = await portal.QueryDbAsync(db => db.Set<JobApplication>()
            .Where(a => a.OpeningId == opening.OpeningId).Select(a => a.Id).SingleAsync());

        var withdraw = await visitor.PostFormAsync($"{link}/withdraw/{applicationId}", $"{link}/withdraw/{applicationId}", new() { ["Reason"] = "Took another job" });

        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        var after = await visitor.GetStringAsync(link);
        Assert.Contains("Your application has been withdrawn as you asked.", after);
        Assert.DoesNotContain($"/withdraw/{applicationId}", after);
        var withdrawn = await portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.Id == applicationId)
            .Select(a => new { a.Stage.Kind, a.OutcomeReason }).SingleAsync());
        Assert.Equal((StageKind.Withdrawn, "Took another job"), (withdrawn.Kind, withdrawn.OutcomeReason));
    }

    [Fact]
    public async Task Should_read_the_status_page_in_as_many_queries_for_four_applications_as_for_one()
    {
        var openings = new List<int>();
        for (var i = 0; i < 4; i++) openings.Add((await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, $"queries-{i}")).OpeningId);
        var visitor = portal.CreatePortalClient();
        await ApplyAsync(visitor, openings[0], "queries@candidates.test", "cv.pdf", CvDocuments.Pdf);
        var link = (await StatusLinkAsync("queries@candidates.test"))!;

        var forOne = await CommandsToOpenAsync(visitor, link);
        foreach (var opening in openings.Skip(1)) await ApplyAsync(visitor, opening, "queries@candidates.test", "cv.pdf", CvDocuments.Pdf);
        var forFour = await CommandsToOpenAsync(visitor, link);

        Assert.Equal(forOne, forFour);
        Assert.Equal(4, Regex.Matches(await visitor.GetStringAsync(link), "id=\"application-").Count);
    }

    private async Task<int> CommandsToOpenAsync(HttpClient client, string url)
    {
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        return portal.Commands.Count;
    }

    [Fact]
    public async Task Should_answer_not_found_when_the_token_of_a_status_link_is_changed()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "changed-token");
        var visitor = portal.CreatePortalClient();
        await ApplyAsync(visitor, opening.OpeningId, "changed.token@candidates.test", "cv.pdf", CvDocuments.Pdf);
        var link = (await StatusLinkAsync("changed.token@candidates.test"))!;
        var changed = link[..^3] + (link[^3] == 'A' ? 'B' : 'A') + link[^2..];

        var notFound = await visitor.GetAsync(changed);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Contains("href=\"/careers\"", await notFound.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/careers/status/not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Should_give_the_same_answer_when_the_link_is_asked_for_a_known_and_an_unknown_address()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "resend");
        var visitor = portal.CreatePortalClient();
        await ApplyAsync(visitor, opening.OpeningId, "resend@candidates.test", "cv.pdf", CvDocuments.Pdf);
        var mailsBefore = await MailCountAsync();

        var known = await visitor.PostFormAsync("/careers/status/resend", "/careers/status/resend", new() { ["Email"] = "RESEND@candidates.test" });
        var unknown = await visitor.PostFormAsync("/careers/status/resend", "/careers/status/resend", new() { ["Email"] = "nobody.applied@candidates.test" });

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal((known.StatusCode, known.Headers.Location), (unknown.StatusCode, unknown.Headers.Location));
        Assert.Contains("If we have applications from this address", await visitor.GetStringAsync(known.Headers.Location!.ToString()));
        var mails = await portal.QueryDbAsync(db => db.OutboxEmails.OrderBy(e => e.Id).Skip(mailsBefore).Select(e => e.To).ToListAsync());
        Assert.Equal(["resend@candidates.test"], mails);
    }

    [Fact]
    public async Task Should_email_the_candidate_the_stage_message_when_their_application_moves()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "moved");
        await ApplyAsync(portal.CreatePortalClient(), opening.OpeningId, "moved@candidates.test", "cv.pdf", CvDocuments.Pdf);
        var mailsBefore = await MailCountAsync();

        await portal.AsUserAsync(DemoPeople.Hr, async sp =>
        {
            // As the hiring team's board will: the domain moves it, and the unit of work publishes its events before saving.
            var db = sp.GetRequiredService<ErmDbContext>();
            var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.StageVisits).Include(a => a.Opening).ThenInclude(o => o.Stages)
                .SingleAsync(a => a.OpeningId == opening.OpeningId);
            application.MoveTo(application.Opening.Stages.Single(s => s.Kind == StageKind.Interview), null, DateTime.UtcNow);
            await db.SaveChangesAsync();
            foreach (var domainEvent in application.TakeDomainEvents()) await sp.GetRequiredService<IMediator>().Publish(domainEvent);
            await db.SaveChangesAsync();
            return 0;
        });

        var mail = await portal.QueryDbAsync(db => db.OutboxEmails.OrderBy(e => e.Id).Skip(mailsBefore).SingleAsync());
        Assert.Equal(("moved@candidates.test", "News about your application for Planted opening"), (mail.To, mail.Subject));
        Assert.Contains("We would like to meet you.", mail.HtmlBody);
        Assert.Contains("http://localhost/careers/status/", mail.HtmlBody);
        var candidateId = await portal.QueryDbAsync(db => db.Set<Candidate>().Where(c => c.Email == "moved@candidates.test").Select(c => c.Id).SingleAsync());
        var entries = await portal.QueryDbAsync(db => db.Set<TimelineEntry>()
            .Where(e => e.SubjectType == TimelineSubjects.Candidate && e.SubjectId == candidateId && e.Kind == "candidate-emailed")
            .Select(e => e.AudienceScope).ToListAsync());
        Assert.Equal([$"opening:{opening.OpeningId}", $"opening:{opening.OpeningId}"], entries);
    }

    [Fact]
    public async Task Should_ask_only_for_what_is_missing_when_a_known_candidate_applies_from_their_page()
    {
        var first = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "known-first");
        var second = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "known-second", title: "Second chance opening");
        var visitor = portal.CreatePortalClient();
        await ApplyAsync(visitor, first.OpeningId, "known@candidates.test", "my-cv.pdf", CvDocuments.Pdf, phone: "+39 055 1234");
        var link = (await StatusLinkAsync("known@candidates.test"))!;
        Assert.Contains($"{link}/apply/{second.OpeningId}", WebUtility.HtmlDecode(await visitor.GetStringAsync(link)));

        var form = await visitor.GetStringAsync($"{link}/apply/{second.OpeningId}");
        Assert.DoesNotContain("name=\"Phone\"", form);
        Assert.DoesNotContain("name=\"Email\"", form);
        Assert.Contains("my-cv.pdf", form);
        var filesBefore = portal.StoredFiles().Count;
        var response = await visitor.PostFormAsync($"{link}/apply/{second.OpeningId}", $"{link}/apply/{second.OpeningId}",
            new() { ["Source"] = nameof(CandidateSource.CareersPage), ["Skills"] = "Welding" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var applications = await portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.Candidate.Email == "known@candidates.test")
            .Select(a => new { a.OpeningId, a.CvFileName, a.CvFileKey, a.Candidate.Skills }).ToListAsync());
        Assert.Equal(2, applications.Count);
        Assert.All(applications, a => Assert.Equal(("my-cv.pdf", "Welding"), (a.CvFileName, a.Skills)));
        Assert.NotEqual(applications[0].CvFileKey, applications[1].CvFileKey);
        Assert.Equal(filesBefore + 1, portal.StoredFiles().Count);
    }

    [Fact]
    public async Task Should_not_fill_in_anything_when_an_anonymous_visitor_opens_the_form()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "no-prefill");
        var visitor = portal.CreatePortalClient();
        await ApplyAsync(visitor, opening.OpeningId, "prefill@candidates.test", "cv.pdf", CvDocuments.Pdf, phone: "+39 055 7777");
        var other = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "no-prefill-other");

        // Even in the browser that just applied: only the emailed link shows what we know.
        var form = await visitor.GetStringAsync($"/careers/{other.OpeningId}");

        Assert.DoesNotContain("prefill@candidates.test", form);
        Assert.DoesNotContain("+39 055 7777", form);
    }

    internal static async Task<HttpResponseMessage> ApplyAsync(HttpClient client, int openingId, string email, string fileName, byte[] content,
        string? phone = null, string? skills = null)
    {
        var url = $"/careers/{openingId}";
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        var body = new MultipartFormDataContent
        {
            { new StringContent(await client.AntiforgeryTokenAsync(url)), "__RequestVerificationToken" },
            { new StringContent("Ada"), "FirstName" },
            { new StringContent("Quill"), "LastName" },
            { new StringContent(email), "Email" },
            { new StringContent(phone ?? ""), "Phone" },
            { new StringContent(skills ?? ""), "Skills" },
            { new StringContent("I would love to join."), "CoverLetter" },
            { new StringContent(nameof(CandidateSource.Referral)), "Source" },
            { new StringContent("true"), "ConsentToTalentPool" },
            { file, "Cv", fileName },
        };
        return await client.PostAsync(url, body);
    }

    /// <summary>The site-relative private link in the latest email to the address, or null when none was sent.</summary>
    private async Task<string?> StatusLinkAsync(string email)
    {
        var body = await portal.QueryDbAsync(db => db.OutboxEmails.Where(e => e.To == email).OrderByDescending(e => e.Id).Select(e => e.HtmlBody).FirstOrDefaultAsync());
        var link = body is null ? null : Regex.Match(body, "href=\"http://localhost(/careers/status/[^\"]+)\"");
        return link is { Success: true } ? WebUtility.HtmlDecode(link.Groups[1].Value) : null;
    }

    private Task<int> MailCountAsync() => portal.QueryDbAsync(db => db.OutboxEmails.CountAsync());
}

/// <summary>A form sent too often from one address is refused with a page that says so, and nothing of it is kept.</summary>
public class CareersRateLimitTests(CareersRateLimitTests.LowLimitPortal portal) : IClassFixture<CareersRateLimitTests.LowLimitPortal>
{
    public class LowLimitPortal : CareersPortal
    {
        protected override int PermitLimit => 2;
    }

    [Fact]
    public async Task Should_answer_with_the_too_many_requests_page_and_keep_nothing_when_the_limit_is_reached()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "limited");
        var visitor = portal.CreatePortalClient();
        await visitor.PostFormAsync("/careers/status/resend", "/careers/status/resend", new() { ["Email"] = "a@candidates.test" });
        await visitor.PostFormAsync("/careers/status/resend", "/careers/status/resend", new() { ["Email"] = "b@candidates.test" });
        var filesBefore = portal.StoredFiles().Count;

        var refused = await CareersTests.ApplyAsync(visitor, opening.OpeningId, "limited@candidates.test", "cv.pdf", CvDocuments.Pdf);
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Please wait a few minutes and try again", page);
        Assert.Contains("href=\"/careers\"", page);
        Assert.False(await portal.QueryDbAsync(db => db.Set<Candidate>().AnyAsync(c => c.Email == "limited@candidates.test")));
        Assert.Equal(filesBefore, portal.StoredFiles().Count);
    }
}

/// <summary>Small real documents of each kind a CV may be, and files that only pretend to be one.</summary>
public static class CvDocuments
{
    /// <summary>A one-page PDF with a line of text, as a PDF writer makes it.</summary>
    public static readonly byte[] Pdf = MakePdf();

    public static byte[] PdfOfSize(int size)
    {
        var bytes = new byte[size];
        Pdf.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>The smallest Word document Word opens: its content types, its relationships and the document part.</summary>
    public static byte[] Docx() => Zip(
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
        ("word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Ada Quill, CV</w:t></w:r></w:p></w:body></w:document>"""));

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        return buffer.ToArray();
    }

    private static byte[] MakePdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length 44 >>\nstream\nBT /F1 18 Tf 72 760 Td (Ada Quill, CV) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
