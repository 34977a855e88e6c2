using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Recruitment.Mobility;
using ErmPortal.Web.Recruitment.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// Employees find the openings they may move to, apply with their profile in one click, follow and withdraw their
/// applications; their manager hears of it only once the application reaches the stage the organisation chose.
/// </summary>
public class InternalMobilityTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string List = "/me/openings";
    private static string Page(int openingId) => $"/me/openings/{openingId}";

    /// <summary>Posted from the opening's page, as a browser does (it names the page, where a refusal is shown).</summary>
    private static async Task<HttpResponseMessage> PostFromPageAsync(HttpClient client, string page, string action, Dictionary<string, string>? fields = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent((fields ?? []).Append(new("__RequestVerificationToken", await client.AntiforgeryTokenAsync(page)))),
        };
        request.Headers.Referrer = new Uri(client.BaseAddress!, page);
        return await client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient client, int openingId, string note = "") =>
        PostFromPageAsync(client, Page(openingId), $"{Page(openingId)}/apply", new() { ["CoverLetter"] = note });

    private Task<PlantedOpening> PlantInternalOpeningAsync(string title) =>
        portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, title.Replace(' ', '-'), OpeningAudience.InternalOnly, title);

    private Task<JobApplication?> ApplicationOfAsync(int openingId, string employeeEmail) =>
        portal.QueryDbAsync(db => db.Set<JobApplication>().Include(a => a.Candidate).Include(a => a.Stage)
            .FirstOrDefaultAsync(a => a.OpeningId == openingId && a.Candidate.Employee!.WorkEmail == employeeEmail));

    private Task<string?> ManagerUserIdOfAsync(string employeeEmail) =>
        portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == employeeEmail).Select(e => e.Manager!.UserId).SingleAsync());

    private async Task<List<Notification>> ManagerToldAsync(string employeeEmail, string openingTitle)
    {
        var manager = await ManagerUserIdOfAsync(employeeEmail);
        var told = await portal.QueryDbAsync(db => db.Set<Notification>()
            .Where(n => n.RecipientUserId == manager && n.Kind == TellManagerOfInternalApplication.Kind).ToListAsync());
        return told.Where(n => n.Arguments.Contains(openingTitle, StringComparison.Ordinal)).ToList();
    }

    /// <summary>HR drops the card on a stage, as the board's script does: the answer carries the card's new version.</summary>
    private async Task<HttpResponseMessage> HrMovesAsync(int openingId, int applicationId, StageKind to, string? reason = null)
    {
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var (stageId, version) = await portal.QueryDbAsync(async db => (
            await db.Set<OpeningStage>().Where(s => s.OpeningId == openingId && s.Kind == to).Select(s => s.Id).SingleAsync(),
            await db.Set<JobApplication>().Where(a => a.Id == applicationId).Select(a => a.Version).SingleAsync()));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/recruitment/applications/{applicationId}/move")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await hr.AntiforgeryTokenAsync($"/recruitment/openings/{openingId}/board"),
                ["StageId"] = $"{stageId}", ["Version"] = $"{version}", ["Reason"] = reason ?? "",
            }),
        };
        request.Headers.Accept.ParseAdd("application/json");
        var response = await hr.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    [Fact]
    public async Task Should_show_an_employee_the_internal_only_and_the_public_openings_with_the_internal_ones_marked()
    {
        var internalOnly = await PlantInternalOpeningAsync("Lighthouse keeper internal");
        var open = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 0, "lighthouse-public", OpeningAudience.Everyone, "Lighthouse keeper public");
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);

        var list = await employee.GetStringAsync($"{List}?search=lighthouse");

        Assert.Contains("Lighthouse keeper internal", list);
        Assert.Contains("Lighthouse keeper public", list);
        var internalRow = list[list.IndexOf($"id=\"internal-opening-{internalOnly.OpeningId}\"", StringComparison.Ordinal)..];
        Assert.Contains("data-internal-only", internalRow[..internalRow.IndexOf("</li>", StringComparison.Ordinal)]);
        var publicRow = list[list.IndexOf($"id=\"internal-opening-{open.OpeningId}\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("data-internal-only", publicRow[..publicRow.IndexOf("</li>", StringComparison.Ordinal)]);
        Assert.DoesNotContain("Lighthouse keeper", await employee.GetStringAsync($"{List}?search=submarine"));
        var page = await employee.GetStringAsync(Page(internalOnly.OpeningId));
        Assert.Contains("<p>A planted opening.</p>", page);
        Assert.Contains("id=\"apply\"", page);
    }

    [Fact]
    public async Task Should_make_the_employee_an_internal_candidate_from_their_profile_when_they_apply_with_one_click()
    {
        var opening = await PlantInternalOpeningAsync("Harbour master");
        var employeeId = await portal.QueryDbAsync(async db =>
        {
            var employee = await db.Employees.SingleAsync(e => e.WorkEmail == DemoPeople.Employee);
            if (!await db.EmployeeTags.AnyAsync(t => t.EmployeeId == employee.Id && t.Name == "Tide tables"))
            {
                db.EmployeeTags.Add(new EmployeeTag { EmployeeId = employee.Id, Kind = TagKind.Skill, Name = "Tide tables" });
                await db.SaveChangesAsync();
            }
            return employee.Id;
        });
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);

        var applied = await ApplyAsync(employee, opening.OpeningId, "I have sailed these waters for years.");

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var application = await ApplicationOfAsync(opening.OpeningId, DemoPeople.Employee);
        Assert.NotNull(application);
        Assert.True(application.IsInternal);
        Assert.Equal(CandidateSource.Internal, application.Source);
        Assert.Equal(StageKind.Applied, application.Stage.Kind);
        Assert.Equal("I have sailed these waters for years.", application.CoverLetter);
        var person = await portal.QueryDbAsync(db => db.Employees.SingleAsync(e => e.Id == employeeId));
        Assert.Equal(employeeId, application.Candidate.EmployeeId);
        Assert.Equal(person.PreferredName ?? person.LegalFirstName, application.Candidate.FirstName);
        Assert.Equal(person.LegalLastName, application.Candidate.LastName);
        Assert.Equal(person.WorkEmail, application.Candidate.Email);
        Assert.Contains("Tide tables", Candidate.SplitSkills(application.Candidate.Skills));
        Assert.True(await portal.QueryDbAsync(db => db.Set<TimelineEntry>().AnyAsync(t => t.SubjectType == TimelineSubjects.Candidate
            && t.SubjectId == application.CandidateId && t.Kind == PipelineTimelineKinds.Applied)));

        var page = WebUtility.HtmlDecode(await employee.GetStringAsync(Page(opening.OpeningId)));
        Assert.Contains("id=\"my-application\"", page);
        Assert.DoesNotContain("id=\"apply\"", page);
        Assert.Contains("id=\"my-application-" + opening.OpeningId + "\"", await employee.GetStringAsync(List));
    }

    [Fact]
    public async Task Should_refuse_a_second_application_to_the_same_opening_with_a_clear_message()
    {
        var opening = await PlantInternalOpeningAsync("Ferry pilot");
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(employee, opening.OpeningId)).StatusCode);

        var again = await ApplyAsync(employee, opening.OpeningId);

        Assert.Equal(Page(opening.OpeningId), again.Headers.Location?.ToString());
        Assert.Contains("You have already applied to this opening.", WebUtility.HtmlDecode(await employee.GetStringAsync(Page(opening.OpeningId))));
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Set<JobApplication>().CountAsync(a => a.OpeningId == opening.OpeningId)));
    }

    [Fact]
    public async Task Should_tell_the_manager_once_when_the_application_reaches_interview_and_never_before()
    {
        const string title = "Canal lock keeper";
        var opening = await PlantInternalOpeningAsync(title);
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        await ApplyAsync(employee, opening.OpeningId);
        var application = (await ApplicationOfAsync(opening.OpeningId, DemoPeople.Employee))!;
        Assert.Empty(await ManagerToldAsync(DemoPeople.Employee, title));

        await HrMovesAsync(opening.OpeningId, application.Id, StageKind.Screening);
        Assert.Empty(await ManagerToldAsync(DemoPeople.Employee, title));

        var interview = await HrMovesAsync(opening.OpeningId, application.Id, StageKind.Interview);
        var told = Assert.Single(await ManagerToldAsync(DemoPeople.Employee, title));
        var employeeId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync());
        // The applicant's manager is not on this opening's hiring team: they are sent to their report's profile.
        Assert.Equal($"/employees/{employeeId}", told.Link);
        Assert.NotNull((await ApplicationOfAsync(opening.OpeningId, DemoPeople.Employee))!.ManagerToldAtUtc);
        // Telling the manager is no move of the card: the version the board was given still moves it.
        var version = (await interview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetGuid();
        Assert.Equal(version, await portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.Id == application.Id).Select(a => a.Version).SingleAsync()));

        await HrMovesAsync(opening.OpeningId, application.Id, StageKind.Offer);
        Assert.Single(await ManagerToldAsync(DemoPeople.Employee, title));
    }

    [Fact]
    public async Task Should_tell_the_manager_nothing_when_the_application_is_rejected_at_screening()
    {
        const string title = "Buoy inspector";
        var opening = await PlantInternalOpeningAsync(title);
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        await ApplyAsync(employee, opening.OpeningId);
        var application = (await ApplicationOfAsync(opening.OpeningId, DemoPeople.Employee))!;

        await HrMovesAsync(opening.OpeningId, application.Id, StageKind.Screening);
        await HrMovesAsync(opening.OpeningId, application.Id, StageKind.Rejected, "We need someone with a skipper's licence.");

        Assert.Empty(await ManagerToldAsync(DemoPeople.Employee, title));
        Assert.Null((await ApplicationOfAsync(opening.OpeningId, DemoPeople.Employee))!.ManagerToldAtUtc);
        Assert.Contains("Rejected", await employee.GetStringAsync(Page(opening.OpeningId)));
    }

    [Fact]
    public async Task Should_withdraw_the_employees_open_application_and_find_nothing_for_anyone_else()
    {
        var opening = await PlantInternalOpeningAsync("Dredger operator");
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        await ApplyAsync(employee, opening.OpeningId);
        var withdraw = $"{Page(opening.OpeningId)}/withdraw";

        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.Equal(HttpStatusCode.NotFound, (await PostFromPageAsync(hr, List, withdraw)).StatusCode);
        Assert.Equal(StageKind.Applied, (await ApplicationOfAsync(opening.OpeningId, DemoPeople.Employee))!.Stage.Kind);

        var withdrawn = await PostFromPageAsync(employee, List, withdraw);

        Assert.Equal(List, withdrawn.Headers.Location?.ToString());
        var application = (await ApplicationOfAsync(opening.OpeningId, DemoPeople.Employee))!;
        Assert.Equal(StageKind.Withdrawn, application.Stage.Kind);
        var row = await employee.GetStringAsync(List);
        row = row[row.IndexOf($"id=\"my-application-{opening.OpeningId}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains("Withdrawn", row);
        Assert.DoesNotContain("data-withdraw", row);
    }

    [Fact]
    public async Task Should_refuse_the_hiring_manager_who_applies_to_their_own_opening()
    {
        var opening = await PlantInternalOpeningAsync("Chief harbour pilot");
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(Page(opening.OpeningId)));
        Assert.Contains("id=\"on-hiring-team\"", page);
        Assert.DoesNotContain("id=\"apply\"", page);

        var refused = await ApplyAsync(manager, opening.OpeningId);

        Assert.Equal(Page(opening.OpeningId), refused.Headers.Location?.ToString());
        Assert.Contains("You hire or interview for this opening, so you cannot apply to it.",
            WebUtility.HtmlDecode(await manager.GetStringAsync(Page(opening.OpeningId))));
        Assert.Equal(0, await portal.QueryDbAsync(db => db.Set<JobApplication>().CountAsync(a => a.OpeningId == opening.OpeningId)));
    }

    [Fact]
    public async Task Should_link_the_candidate_who_already_has_the_work_email_instead_of_making_a_second_one()
    {
        var email = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.UserId != null && e.Status == EmployeeStatus.Active && !e.DirectReports.Any() && e.ManagerId != null
                        && !DemoPeople.All.Contains(e.WorkEmail))
            .OrderByDescending(e => e.Id).Select(e => e.WorkEmail).FirstAsync());
        await portal.SetDemoPasswordAsync(email);
        var earlier = await portal.QueryDbAsync(async db =>
        {
            var candidate = Candidate.Create("Earlier", "Applicant", email.ToUpperInvariant(), DateTime.UtcNow);
            db.Add(candidate);
            await db.SaveChangesAsync();
            return candidate.Id;
        });
        var opening = await PlantInternalOpeningAsync("Quay crane driver");

        await ApplyAsync(await portal.SignedInClientAsync(email), opening.OpeningId);

        var application = (await ApplicationOfAsync(opening.OpeningId, email))!;
        Assert.Equal(earlier, application.CandidateId);
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Set<Candidate>().CountAsync(c => c.NormalizedEmail == Candidate.Normalize(email))));
    }

    [Fact]
    public async Task Should_show_running_internal_applications_on_the_own_profile_and_the_candidate_record_to_hr_only()
    {
        var planted = await PlantInternalOpeningAsync("Profile Panel Analyst");
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(employee, planted.OpeningId)).StatusCode);
        var candidateId = (await ApplicationOfAsync(planted.OpeningId, DemoPeople.Employee))!.CandidateId;
        var profile = $"/employees/{await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync())}";

        var own = await employee.GetStringAsync(profile);
        var careerMoves = own[own.IndexOf("id=\"career-moves\"", StringComparison.Ordinal)..];
        Assert.Contains("Profile Panel Analyst", careerMoves);
        Assert.Contains("href=\"/me/openings\" id=\"profile-internal-openings\"", careerMoves);
        Assert.DoesNotContain("id=\"candidate-record\"", own);

        var asHr = await (await portal.SignedInClientAsync(DemoPeople.Hr)).GetStringAsync(profile);
        Assert.Contains($"<a href=\"/recruitment/candidates/{candidateId}\" id=\"profile-candidate-record\">", asHr);
        Assert.Contains("Profile Panel Analyst", asHr[asHr.IndexOf("id=\"candidate-record\"", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("id=\"career-moves\"", asHr);

        // The manager hears of an internal application when it reaches the chosen stage, not from the profile.
        var asManager = await (await portal.SignedInClientAsync(DemoPeople.Manager)).GetStringAsync(profile);
        Assert.DoesNotContain("id=\"candidate-record\"", asManager);
        Assert.DoesNotContain("id=\"career-moves\"", asManager);
    }
}

public class InternalOpeningsQueryTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    private async Task<int> CommandsForListAsync(HttpClient employee)
    {
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync("/me/openings")).StatusCode);
        portal.Commands.Reset();
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync("/me/openings")).StatusCode);
        return portal.Commands.Count;
    }

    [Fact]
    public async Task Should_send_the_same_few_commands_however_many_openings_and_applications_are_listed()
    {
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        var first = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "few", OpeningAudience.InternalOnly);
        await employee.PostFormAsync($"/me/openings/{first.OpeningId}", $"/me/openings/{first.OpeningId}/apply", new());
        var few = await CommandsForListAsync(employee);

        for (var i = 0; i < 8; i++)
        {
            var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, $"many{i}", i % 2 == 0 ? OpeningAudience.InternalOnly : OpeningAudience.Everyone);
            await employee.PostFormAsync($"/me/openings/{opening.OpeningId}", $"/me/openings/{opening.OpeningId}/apply", new());
        }
        var many = await CommandsForListAsync(employee);

        Assert.Equal(few, many);
        Assert.True(many <= 8, $"The internal openings list sent {many} SQL commands; its budget is 8.");
    }
}
