using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Recruitment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>
/// From an application in the offer stage to a new employee: the offer drafted, approved by a second HR person when
/// above the range, sent, read by the candidate from their link, accepted, and the hire made exactly once.
/// </summary>
public class OfferAndHireTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string SecondHr = "second.hr@erm.test", SecondHrPassword = "a long enough passphrase";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<HttpClient> SecondHrAsync()
    {
        if (await portal.QueryDbAsync(db => db.Users.AnyAsync(u => u.Email == SecondHr)) is false)
            await portal.CreateAccountAsync(SecondHr, SecondHrPassword, Roles.Hr);
        var client = portal.CreatePortalClient();
        var signIn = await client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = SecondHr, ["Password"] = SecondHrPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private Task MoveToOfferAsync(int applicationId) => portal.MoveToOfferAsync(applicationId);

    private Task<int> PlantOfferAsync(int applicationId, decimal salary, OfferStatus upTo) => portal.PlantOfferAsync(applicationId, salary, upTo, Today);

    private Task<Offer> OfferAsync(int id) => portal.QueryDbAsync(db => db.Set<Offer>().AsNoTracking().SingleAsync(o => o.Id == id));

    private Task<string> TokenOfAsync(int candidateId) => portal.AsUserAsync(null, async sp =>
        sp.GetRequiredService<CandidateLinks>().TokenFor(await sp.GetRequiredService<ErmDbContext>().Set<Candidate>().SingleAsync(c => c.Id == candidateId)));

    private static async Task<string> FlashAfterAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
    }

    [Fact]
    public async Task Should_hire_one_onboarding_employee_with_an_invited_account_when_an_offer_above_the_range_is_approved_sent_and_accepted()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "offerflow");
        var (applicationId, candidateId) = (planted.ApplicationIds[0], planted.CandidateIds[0]);
        await MoveToOfferAsync(applicationId);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        // HR drafts above the requisition's range (40,000-50,000 EUR).
        var form = await hr.FormFieldsAsync($"/recruitment/applications/{applicationId}/offer");
        var positionId = await portal.QueryDbAsync(db => db.Set<Opening>().Where(o => o.Id == planted.OpeningId).Select(o => o.PositionId).SingleAsync());
        var start = Today.AddDays(30);
        var drafted = await hr.PostFormAsync($"/recruitment/applications/{applicationId}/offer", $"/recruitment/applications/{applicationId}/offer", new()
        {
            ["YearlySalary"] = "61000", ["Currency"] = form["Currency"], ["StartDate"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["PositionId"] = positionId.ToString(CultureInfo.InvariantCulture), ["Note"] = "Four days a week in the office.",
        });
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var offerId = int.Parse(Regex.Match(drafted.Headers.Location!.ToString(), @"/recruitment/offers/(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var page = $"/recruitment/offers/{offerId}";
        // A button posts from the offer page, which a refusal returns to, as a browser's Referer says.
        hr.DefaultRequestHeaders.Referrer = new Uri("https://portal.erm.test" + page);

        // Above the range it cannot go out yet, and whoever drafted it cannot approve it.
        var early = await hr.PostFormAsync(page, $"{page}/send", new() { ["version"] = (await OfferAsync(offerId)).Version.ToString() });
        Assert.Contains("HR must approve it before it is sent", await FlashAfterAsync(hr, early));
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(page, $"{page}/request-approval", new() { ["version"] = (await OfferAsync(offerId)).Version.ToString() })).StatusCode);
        Assert.DoesNotContain("id=\"approval\"", await hr.GetStringAsync(page));
        var own = await hr.PostFormAsync(page, $"{page}/approval", new() { ["Approve"] = "true", ["Version"] = (await OfferAsync(offerId)).Version.ToString() });
        Assert.Contains("another HR colleague must approve it", await FlashAfterAsync(hr, own));
        Assert.Equal(OfferStatus.PendingApproval, (await OfferAsync(offerId)).Status);

        var secondHr = await SecondHrAsync();
        Assert.Contains("id=\"approval\"", await secondHr.GetStringAsync(page));
        Assert.Equal(HttpStatusCode.Redirect, (await secondHr.PostFormAsync(page, $"{page}/approval", new() { ["Approve"] = "true", ["Version"] = (await OfferAsync(offerId)).Version.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync(page, $"{page}/send", new() { ["version"] = (await OfferAsync(offerId)).Version.ToString() })).StatusCode);
        var candidateEmail = await portal.QueryDbAsync(db => db.Set<Candidate>().Where(c => c.Id == candidateId).Select(c => c.Email).SingleAsync());
        Assert.True(await portal.QueryDbAsync(db => db.OutboxEmails.AnyAsync(m => m.To == candidateEmail && m.Subject.StartsWith("Your offer"))));

        // The candidate reads the letter from their private link, on screen and as a PDF, with no account.
        var candidate = portal.CreatePortalClient();
        var letterPath = $"/careers/status/{await TokenOfAsync(candidateId)}/offers/{offerId}";
        var letter = WebUtility.HtmlDecode(await candidate.GetStringAsync(letterPath));
        Assert.Contains("61,000 EUR", letter);
        Assert.Contains("Four days a week in the office.", letter);
        var pdf = await candidate.GetByteArrayAsync($"{letterPath}/pdf");
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));

        // The hiring manager records the answer; HR hires.
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(page, $"{page}/answer", new() { ["Accepted"] = "true", ["Version"] = (await OfferAsync(offerId)).Version.ToString() })).StatusCode);
        var hirePage = $"/recruitment/applications/{applicationId}/hire";
        var hireForm = await hr.FormFieldsAsync(hirePage);
        Assert.Equal("candidate1.offerflow@erm.demo", hireForm["WorkEmail"]);
        var hired = await hr.PostFormAsync(hirePage, hirePage, hireForm);
        var confirmation = await FlashAfterAsync(hr, hired);
        Assert.Contains($"href=\"/recruitment/candidates/{candidateId}\"", confirmation);

        var employee = await portal.QueryDbAsync(db => db.Employees.Include(e => e.Tags).SingleAsync(e => e.WorkEmail == "candidate1.offerflow@erm.demo"));
        var managerId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => e.Id).SingleAsync());
        Assert.Equal((EmployeeStatus.Onboarding, start, candidateEmail, managerId, positionId), (employee.Status, employee.HireDate, employee.PersonalEmail, employee.ManagerId, employee.PositionId));
        Assert.Contains($"href=\"/employees/{employee.Id}\"", confirmation);
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Users.CountAsync(u => u.Email == employee.WorkEmail && u.Id == employee.UserId)));
        Assert.Equal(1, await portal.QueryDbAsync(db => db.OutboxEmails.CountAsync(m => m.To == candidateEmail && m.Subject.StartsWith("Welcome to ErmPortal"))));
        Assert.Equal(employee.Id, await portal.QueryDbAsync(db => db.Set<Candidate>().Where(c => c.Id == candidateId).Select(c => c.EmployeeId).SingleAsync()));
        Assert.Equal(StageKind.Hired, await portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.Id == applicationId).Select(a => a.Stage.Kind).SingleAsync()));
        // Headcount 1, now filled: the requisition and its opening close.
        Assert.NotNull(await portal.QueryDbAsync(db => db.Set<Requisition>().Where(r => r.Id == planted.RequisitionId).Select(r => r.FilledAtUtc).SingleAsync()));
        Assert.Equal(OpeningStatus.Closed, await portal.QueryDbAsync(db => db.Set<Opening>().Where(o => o.Id == planted.OpeningId).Select(o => o.Status).SingleAsync()));

        var candidateTimeline = await portal.QueryDbAsync(db => db.Set<TimelineEntry>()
            .Where(t => t.SubjectType == TimelineSubjects.Candidate && t.SubjectId == candidateId).ToListAsync());
        Assert.Contains(candidateTimeline, t => t.Kind == "offer" && t.Arguments.Text("status") == "Accepted" && t.AudienceScope == $"opening:{planted.OpeningId}");
        Assert.Contains(candidateTimeline, t => t.Kind == "candidate-hired");
        Assert.Contains(await portal.QueryDbAsync(db => db.Set<TimelineEntry>()
            .Where(t => t.SubjectType == TimelineSubjects.Employee && t.SubjectId == employee.Id).Select(t => t.Link).ToListAsync()), l => l == $"/recruitment/candidates/{candidateId}");
        // And stays a click away on the new employee's profile, for HR.
        Assert.Contains($"<a href=\"/recruitment/candidates/{candidateId}\" id=\"profile-candidate-record\">", await hr.GetStringAsync($"/employees/{employee.Id}"));
    }

    [Fact]
    public async Task Should_make_exactly_one_employee_and_one_account_when_two_hire_requests_race()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "race");
        await MoveToOfferAsync(planted.ApplicationIds[0]);
        var offerId = await PlantOfferAsync(planted.ApplicationIds[0], 45_000, OfferStatus.Accepted);
        var hirePage = $"/recruitment/applications/{planted.ApplicationIds[0]}/hire";
        var clients = new[] { await portal.SignedInClientAsync(DemoPeople.Hr), await SecondHrAsync() };
        var version = (await OfferAsync(offerId)).Version.ToString();
        var tokens = await Task.WhenAll(clients.Select(c => c.AntiforgeryTokenAsync(hirePage)));

        var responses = await Task.WhenAll(clients.Select((client, i) => client.PostAsync(hirePage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = tokens[i], ["WorkEmail"] = "race.winner@erm.demo", ["Version"] = version,
        }))));

        var pages = await Task.WhenAll(clients.Select((client, i) => FlashAfterAsync(client, responses[i])));
        Assert.Single(pages, p => p.Contains("Hired.", StringComparison.Ordinal));
        Assert.Single(pages, p => Regex.IsMatch(p, "already been hired|Someone else hired this candidate"));
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Employees.CountAsync(e => e.WorkEmail == "race.winner@erm.demo")));
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Users.CountAsync(u => u.Email == "race.winner@erm.demo")));
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Set<Requisition>().Where(r => r.Id == planted.RequisitionId).Select(r => r.HiredCount).SingleAsync()));
    }

    [Fact]
    public async Task Should_transfer_an_internal_candidate_without_a_new_employee_or_account_when_hired()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "internal");
        var (applicationId, candidateId) = (planted.ApplicationIds[0], planted.CandidateIds[0]);
        var internalEmployee = await portal.QueryDbAsync(async db =>
        {
            var managerDepartment = await db.Employees.Where(e => e.WorkEmail == DemoPeople.Manager).Select(e => e.DepartmentId).SingleAsync();
            var employee = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && e.DepartmentId != managerDepartment && e.UserId != null
                                                         && !e.DirectReports.Any()).OrderBy(e => e.Id).FirstAsync();
            var candidate = await db.Set<Candidate>().SingleAsync(c => c.Id == candidateId);
            candidate.EmployeeId = employee.Id;
            await db.SaveChangesAsync();
            return employee;
        });
        await MoveToOfferAsync(applicationId);
        await PlantOfferAsync(applicationId, 45_000, OfferStatus.Accepted);
        var (employeesBefore, accountsBefore) = (await portal.QueryDbAsync(db => db.Employees.CountAsync()), await portal.QueryDbAsync(db => db.Users.CountAsync()));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var hirePage = $"/recruitment/applications/{applicationId}/hire";
        var form = await hr.FormFieldsAsync(hirePage);
        Assert.False(form.ContainsKey("WorkEmail"));
        Assert.Contains("Hired.", await FlashAfterAsync(hr, await hr.PostFormAsync(hirePage, hirePage, form)));

        Assert.Equal((employeesBefore, accountsBefore), (await portal.QueryDbAsync(db => db.Employees.CountAsync()), await portal.QueryDbAsync(db => db.Users.CountAsync())));
        var opening = await portal.QueryDbAsync(db => db.Set<Opening>().SingleAsync(o => o.Id == planted.OpeningId));
        var moved = await portal.QueryDbAsync(db => db.Employees.Include(e => e.JobHistory).SingleAsync(e => e.Id == internalEmployee.Id));
        Assert.Contains(moved.JobHistory, j => j.Kind == JobChangeKind.Transfer && j.EffectiveDate == Today && j.DepartmentId == opening.DepartmentId);
        Assert.Equal((opening.DepartmentId, opening.HiringManagerId), (moved.DepartmentId, moved.ManagerId));
        Assert.Equal(internalEmployee.UserId, moved.UserId);
        Assert.Equal(StageKind.Hired, await portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.Id == applicationId).Select(a => a.Stage.Kind).SingleAsync()));
    }

    [Fact]
    public async Task Should_hide_the_offer_and_its_salary_from_interviewers_and_everyone_outside_the_team()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "hidden");
        var (applicationId, candidateId) = (planted.ApplicationIds[0], planted.CandidateIds[0]);
        await MoveToOfferAsync(applicationId);
        var offerId = await PlantOfferAsync(applicationId, 47_321, OfferStatus.Draft);
        await portal.SendAsync(DemoPeople.Hr, new ErmPortal.Web.Recruitment.Offers.SendOffer.Command(offerId, (await OfferAsync(offerId)).Version));
        string[] pages = [$"/recruitment/offers/{offerId}", $"/recruitment/offers/{offerId}/letter", $"/recruitment/offers/{offerId}/letter.pdf",
            $"/recruitment/applications/{applicationId}/offer"];

        var hiringManager = await portal.SignedInClientAsync(DemoPeople.Manager);
        Assert.Contains("47,321", await hiringManager.GetStringAsync(pages[0]));
        foreach (var outsider in new[] { DemoPeople.Employee, DemoPeople.Admin })
        {
            var client = await portal.SignedInClientAsync(outsider);
            foreach (var url in pages) Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
            var token = await client.AntiforgeryTokenAsync("/account/password");
            var posted = await client.PostAsync($"/recruitment/offers/{offerId}/withdraw", new FormUrlEncodedContent(new Dictionary<string, string>
                { ["__RequestVerificationToken"] = token, ["version"] = (await OfferAsync(offerId)).Version.ToString() }));
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }
        Assert.Equal(OfferStatus.Sent, (await OfferAsync(offerId)).Status);
        // The interviewer reads the candidate's timeline: the offer is on it, its figures are not.
        var entries = await portal.QueryDbAsync(db => db.Set<TimelineEntry>()
            .Where(t => t.SubjectType == TimelineSubjects.Candidate && t.SubjectId == candidateId && t.Kind == "offer").ToListAsync());
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.DoesNotContain("47321", e.Arguments.ToJson().Replace(",", "")));
    }

    [Fact]
    public async Task Should_show_a_candidate_only_their_own_offers_once_sent()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 2, "links");
        await MoveToOfferAsync(planted.ApplicationIds[0]);
        await MoveToOfferAsync(planted.ApplicationIds[1]);
        var sent = await PlantOfferAsync(planted.ApplicationIds[0], 45_000, OfferStatus.Sent);
        var draft = await PlantOfferAsync(planted.ApplicationIds[1], 45_000, OfferStatus.Draft);
        var (own, other) = (await TokenOfAsync(planted.CandidateIds[0]), await TokenOfAsync(planted.CandidateIds[1]));
        var anonymous = portal.CreatePortalClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/careers/status/{own}/offers/{sent}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/careers/status/{other}/offers/{sent}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/careers/status/{other}/offers/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/careers/status/{own[..^2]}xx/offers/{sent}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/careers/status/{other}/offers/{draft}/pdf")).StatusCode);
    }

    [Fact]
    public async Task Should_send_a_persian_reader_to_the_printable_letter_instead_of_a_pdf_that_cannot_write_persian()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "persianletter");
        await MoveToOfferAsync(planted.ApplicationIds[0]);
        var offerId = await PlantOfferAsync(planted.ApplicationIds[0], 45_000, OfferStatus.Sent);
        var letterPath = $"/careers/status/{await TokenOfAsync(planted.CandidateIds[0])}/offers/{offerId}";
        var candidate = portal.CreatePortalClient();

        async Task<HttpResponseMessage> GetAsync(string path, string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptLanguage.ParseAdd(language);
            return await candidate.SendAsync(request);
        }

        var inEnglish = await (await GetAsync(letterPath, "en")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{letterPath}/pdf\"", inEnglish);
        Assert.Equal("application/pdf", (await GetAsync($"{letterPath}/pdf", "en")).Content.Headers.ContentType?.MediaType);

        var inPersian = await (await GetAsync(letterPath, "fa")).Content.ReadAsStringAsync();
        Assert.DoesNotContain($"href=\"{letterPath}/pdf\"", inPersian);
        Assert.Contains("id=\"print-to-keep\"", inPersian);
        var pdfInPersian = await GetAsync($"{letterPath}/pdf", "fa");
        Assert.Equal((HttpStatusCode.Redirect, letterPath), (pdfInPersian.StatusCode, pdfInPersian.Headers.Location?.OriginalString));
    }
}
