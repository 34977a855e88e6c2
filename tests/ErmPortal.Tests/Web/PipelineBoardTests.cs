using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Recruitment.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>
/// The hiring team moves candidates across an opening's board, by form or by a drop; a move from a stale card is a
/// conflict, never an overwrite; every move is on the candidate's timeline for HR and that opening's team only.
/// </summary>
public class PipelineBoardTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Board(int openingId) => $"/recruitment/openings/{openingId}/board";
    private static string Move(int applicationId) => $"/recruitment/applications/{applicationId}/move";

    private Task<Guid> VersionOfAsync(int applicationId) =>
        portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.Id == applicationId).Select(a => a.Version).SingleAsync());

    private Task<StageKind> StageOfAsync(int applicationId) =>
        portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.Id == applicationId).Select(a => a.Stage.Kind).SingleAsync());

    private Task<int> StageIdAsync(int openingId, StageKind kind) =>
        portal.QueryDbAsync(db => db.Set<OpeningStage>().Where(s => s.OpeningId == openingId && s.Kind == kind).Select(s => s.Id).SingleAsync());

    /// <summary>Posted from the board, as a browser does (it names the page it posts from, where a refusal is shown).</summary>
    private static async Task<HttpResponseMessage> PostFromBoardAsync(HttpClient client, int openingId, string action, Dictionary<string, string> fields)
    {
        var board = Board(openingId);
        using var request = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", await client.AntiforgeryTokenAsync(board)))),
        };
        request.Headers.Referrer = new Uri(client.BaseAddress!, board);
        return await client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> MoveAsync(HttpClient client, PlantedOpening opening, int applicationId, StageKind to, Guid version, string? reason = null) =>
        await PostFromBoardAsync(client, opening.OpeningId, Move(applicationId), new()
        {
            ["StageId"] = $"{await StageIdAsync(opening.OpeningId, to)}", ["Version"] = $"{version}", ["Reason"] = reason ?? "",
        });

    [Fact]
    public async Task Should_move_the_candidate_and_write_it_on_their_timeline_when_the_hiring_manager_uses_the_move_page()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 2, "formmove");
        var application = opening.ApplicationIds[0];
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var board = await manager.GetStringAsync(Board(opening.OpeningId));
        Assert.Contains("Candidate1 formmove", board);
        Assert.Contains($"name=\"Versions[{application}]\"", board);
        Assert.Contains($"href=\"{Move(application)}\"", board);

        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(Move(application)));
        Assert.Contains("Now in Applied.", page);
        Assert.Contains($"<option value=\"{await StageIdAsync(opening.OpeningId, StageKind.Screening)}\">Screening</option>", page);
        Assert.DoesNotContain($"<option value=\"{await StageIdAsync(opening.OpeningId, StageKind.Hired)}\">", page);
        Assert.Contains(RejectionReasons.Templates[0], page);
        var fields = await manager.FormFieldsAsync(Move(application));
        Assert.Equal($"{await VersionOfAsync(application)}", fields["Version"]);
        fields["StageId"] = $"{await StageIdAsync(opening.OpeningId, StageKind.Screening)}";

        var moved = await manager.PostFormAsync(Move(application), Move(application), fields);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(Board(opening.OpeningId), moved.Headers.Location?.ToString());
        Assert.Equal(StageKind.Screening, await StageOfAsync(application));
        var candidate = WebUtility.HtmlDecode(await manager.GetStringAsync($"/recruitment/candidates/{opening.CandidateIds[0]}"));
        Assert.Contains("Planted opening: moved from Applied to Screening", candidate);
    }

    [Fact]
    public async Task Should_show_the_conflict_on_the_move_page_when_someone_else_moved_the_candidate_after_it_was_opened()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "stalepage");
        var application = opening.ApplicationIds[0];
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var fields = await manager.FormFieldsAsync(Move(application));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(hr, opening, application, StageKind.Interview, await VersionOfAsync(application))).StatusCode);

        fields["StageId"] = $"{await StageIdAsync(opening.OpeningId, StageKind.Screening)}";
        var refused = await manager.PostFormAsync(Move(application), Move(application), fields);

        Assert.Equal(Move(application), refused.Headers.Location?.ToString());
        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(Move(application)));
        Assert.Contains("Someone else moved this candidate meanwhile.", page);
        Assert.Contains("Now in Interview.", page);
        Assert.Equal(StageKind.Interview, await StageOfAsync(application));
    }

    [Fact]
    public async Task Should_not_offer_the_move_page_to_an_interviewer_nor_a_move_of_a_withdrawn_application()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "movepage");
        var application = opening.ApplicationIds[0];
        var interviewer = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.DoesNotContain($"href=\"{Move(application)}\"", await interviewer.GetStringAsync(Board(opening.OpeningId)));
        Assert.Equal(HttpStatusCode.NotFound, (await interviewer.GetAsync(Move(application))).StatusCode);

        var withdrawn = await StageIdAsync(opening.OpeningId, StageKind.Withdrawn);
        await portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.Id == application).ExecuteUpdateAsync(a => a.SetProperty(x => x.StageId, withdrawn)));
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        Assert.DoesNotContain($"href=\"{Move(application)}\"", await manager.GetStringAsync(Board(opening.OpeningId)));
        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(Move(application)));
        Assert.Contains("This application has ended; it cannot be moved.", page);
        Assert.DoesNotContain("id=\"move-form\"", page);
    }

    [Fact]
    public async Task Should_show_a_conflict_and_change_nothing_when_the_card_was_moved_meanwhile()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "stale");
        var application = opening.ApplicationIds[0];
        var stale = await VersionOfAsync(application);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(hr, opening, application, StageKind.Screening, stale)).StatusCode);

        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var refused = await MoveAsync(manager, opening, application, StageKind.Interview, stale);

        Assert.Equal(Board(opening.OpeningId), refused.Headers.Location?.ToString());
        Assert.Contains("Someone else moved this candidate meanwhile.", WebUtility.HtmlDecode(await manager.GetStringAsync(Board(opening.OpeningId))));
        Assert.Equal(StageKind.Screening, await StageOfAsync(application));
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Set<TimelineEntry>()
            .CountAsync(t => t.SubjectType == TimelineSubjects.Candidate && t.SubjectId == opening.CandidateIds[0] && t.Kind == PipelineTimelineKinds.Moved)));
    }

    [Fact]
    public async Task Should_send_the_card_back_with_a_conflict_when_a_drop_is_stale()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "dropped");
        var application = opening.ApplicationIds[0];
        var stale = await VersionOfAsync(application);
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        async Task<HttpResponseMessage> DropAsync(StageKind to, Guid version)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Move(application))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = await manager.AntiforgeryTokenAsync(Board(opening.OpeningId)),
                    ["StageId"] = $"{await StageIdAsync(opening.OpeningId, to)}", ["Version"] = $"{version}",
                }),
            };
            request.Headers.Accept.ParseAdd("application/json");
            return await manager.SendAsync(request);
        }

        var dropped = await DropAsync(StageKind.Screening, stale);
        Assert.Equal(HttpStatusCode.OK, dropped.StatusCode);
        var newVersion = (await dropped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetGuid();
        Assert.Equal(await VersionOfAsync(application), newVersion);

        var again = await DropAsync(StageKind.Interview, stale);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Someone else moved this candidate meanwhile.", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Equal(StageKind.Screening, await StageOfAsync(application));
    }

    [Fact]
    public async Task Should_refuse_a_rejection_without_a_reason_and_keep_the_one_given()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "noreason");
        var application = opening.ApplicationIds[0];
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);

        await MoveAsync(manager, opening, application, StageKind.Rejected, await VersionOfAsync(application));
        Assert.Contains("Say why the application is rejected.", WebUtility.HtmlDecode(await manager.GetStringAsync(Board(opening.OpeningId))));
        Assert.Equal(StageKind.Applied, await StageOfAsync(application));

        await PostFromBoardAsync(manager, opening.OpeningId, Move(application), new()
        {
            ["StageId"] = $"{await StageIdAsync(opening.OpeningId, StageKind.Rejected)}", ["Version"] = $"{await VersionOfAsync(application)}",
            ["Template"] = RejectionReasons.Templates[0], ["Reason"] = "Strong field this round",
        });
        Assert.Equal(StageKind.Rejected, await StageOfAsync(application));
        Assert.Equal("Other candidates matched the requirements more closely. Strong field this round",
            await portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.Id == application).Select(a => a.OutcomeReason).SingleAsync()));
    }

    [Fact]
    public async Task Should_reject_the_ticked_cards_and_name_the_one_moved_meanwhile_when_bulk_rejecting()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 3, "bulk");
        var versions = new Dictionary<int, Guid>();
        foreach (var id in opening.ApplicationIds) versions[id] = await VersionOfAsync(id);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(hr, opening, opening.ApplicationIds[2], StageKind.Screening, versions[opening.ApplicationIds[2]])).StatusCode);

        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var fields = versions.ToDictionary(v => $"Versions[{v.Key}]", v => $"{v.Value}");
        fields["Template"] = RejectionReasons.Templates[3];
        var response = await PostFromBoardAsync(manager, opening.OpeningId, $"/recruitment/openings/{opening.OpeningId}/reject", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var board = WebUtility.HtmlDecode(await manager.GetStringAsync(Board(opening.OpeningId)));
        Assert.Contains("Rejected: 2.", board);
        Assert.Contains("Moved by someone else meanwhile, so left as they are: Candidate3 bulk.", board);
        Assert.Equal([StageKind.Rejected, StageKind.Rejected, StageKind.Screening],
            [await StageOfAsync(opening.ApplicationIds[0]), await StageOfAsync(opening.ApplicationIds[1]), await StageOfAsync(opening.ApplicationIds[2])]);
    }

    [Fact]
    public async Task Should_let_the_team_of_an_opening_read_its_entries_and_an_interviewer_of_another_opening_only_theirs()
    {
        var first = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "teamread", title: "Opening of the manager");
        var second = await portal.PlantOpeningAsync(DemoPeople.Hr, [DemoPeople.Employee], 0, "teamread2", title: "Opening of the interviewer");
        var candidateId = first.CandidateIds[0];
        // The same person applied to both.
        await portal.QueryDbAsync(async db =>
        {
            var opening = await db.Set<Opening>().Include(o => o.Stages).SingleAsync(o => o.Id == second.OpeningId);
            db.Add(JobApplication.Receive(opening, opening.Stages.Single(s => s.Kind == StageKind.Applied),
                await db.Set<Candidate>().SingleAsync(c => c.Id == candidateId), CandidateSource.Referral, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(hr, first, first.ApplicationIds[0], StageKind.Screening, await VersionOfAsync(first.ApplicationIds[0]))).StatusCode);
        var secondApplication = await portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => a.OpeningId == second.OpeningId).Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(hr, second, secondApplication, StageKind.Interview, await VersionOfAsync(secondApplication))).StatusCode);

        var manager = WebUtility.HtmlDecode(await (await portal.SignedInClientAsync(DemoPeople.Manager)).GetStringAsync($"/recruitment/candidates/{candidateId}"));
        Assert.Contains("Opening of the manager: moved from Applied to Screening", manager);
        Assert.DoesNotContain("Opening of the interviewer", manager);

        var interviewer = WebUtility.HtmlDecode(await (await portal.SignedInClientAsync(DemoPeople.Employee)).GetStringAsync($"/recruitment/candidates/{candidateId}"));
        Assert.Contains("Opening of the interviewer: moved from Applied to Interview", interviewer);
        Assert.DoesNotContain("Opening of the manager", interviewer);

        var everything = WebUtility.HtmlDecode(await hr.GetStringAsync($"/recruitment/candidates/{candidateId}"));
        Assert.Contains("Opening of the manager: moved from Applied to Screening", everything);
        Assert.Contains("Opening of the interviewer: moved from Applied to Interview", everything);
    }

    [Fact]
    public async Task Should_keep_a_note_for_the_team_of_the_opening_it_is_about()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "note");
        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var page = $"/recruitment/candidates/{opening.CandidateIds[0]}";

        var response = await manager.PostFormAsync(page, $"{page}/notes", new() { ["ApplicationId"] = $"{opening.ApplicationIds[0]}", ["Text"] = "Strong portfolio <b>ask</b>" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var shown = await manager.GetStringAsync(page);
        Assert.Contains("Note on Planted opening: Strong portfolio &lt;b&gt;ask&lt;/b&gt;", shown);
        Assert.Equal($"opening:{opening.OpeningId}", await portal.QueryDbAsync(db => db.Set<TimelineEntry>()
            .Where(t => t.SubjectId == opening.CandidateIds[0] && t.Kind == PipelineTimelineKinds.Note).Select(t => t.AudienceScope).SingleAsync()));
    }

    [Fact]
    public async Task Should_serve_the_cv_as_an_attachment_to_the_team_and_not_found_to_an_employee_outside_it()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "outsider");
        var application = opening.ApplicationIds[0];
        var key = await portal.AsUserAsync(null, services =>
            services.GetRequiredService<IFileStorage>().SaveAsync(new MemoryStream("%PDF-1.4 planted"u8.ToArray()), "cvs", ".pdf", default));
        await portal.QueryDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE JobApplications SET CvFileKey = {key}, CvFileName = {"../My CV\r\n.pdf"}, CvContentType = {"text/html"} WHERE Id = {application}"));

        var manager = await portal.SignedInClientAsync(DemoPeople.Manager);
        var cv = await manager.GetAsync($"/recruitment/applications/{application}/cv");
        Assert.Equal(HttpStatusCode.OK, cv.StatusCode);
        Assert.Equal("application/octet-stream", cv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", cv.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("My CV", cv.Content.Headers.ContentDisposition?.FileNameStar ?? cv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("nosniff", cv.Headers.GetValues("X-Content-Type-Options").Single());

        var outsider = await portal.SignedInClientAsync(DemoPeople.Employee);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Board(opening.OpeningId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/recruitment/candidates/{opening.CandidateIds[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/recruitment/applications/{application}/cv")).StatusCode);
    }

    [Fact]
    public async Task Should_not_let_an_interviewer_move_a_candidate_of_their_opening()
    {
        var opening = await portal.PlantOpeningAsync(DemoPeople.Manager, [DemoPeople.Employee], 1, "interviewer");
        var interviewer = await portal.SignedInClientAsync(DemoPeople.Employee);
        var board = await interviewer.GetStringAsync(Board(opening.OpeningId));
        Assert.DoesNotContain("id=\"bulk-reject\"", board);

        var refused = await MoveAsync(interviewer, opening, opening.ApplicationIds[0], StageKind.Screening, await VersionOfAsync(opening.ApplicationIds[0]));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(StageKind.Applied, await StageOfAsync(opening.ApplicationIds[0]));
    }

    [Fact]
    public async Task Should_hide_an_internal_applicant_from_their_manager_until_the_interview()
    {
        var relations = await Relations.FindAsync(portal);
        var directManager = relations.Emails[Viewer.Manager]!;
        var opening = await portal.PlantOpeningAsync(directManager, [], 1, "internal");
        var (application, candidateId) = (opening.ApplicationIds[0], opening.CandidateIds[0]);
        await portal.QueryDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Candidates SET EmployeeId = {relations.TargetId} WHERE Id = {candidateId}"));
        var manager = await portal.SignedInClientAsync(directManager);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        async Task<bool> SeenAsync()
        {
            var board = await manager.GetStringAsync(Board(opening.OpeningId));
            var search = await manager.GetStringAsync("/recruitment/candidates?search=internal");
            var page = await manager.GetAsync($"/recruitment/candidates/{candidateId}");
            var onBoard = board.Contains($"id=\"application-{application}\"");
            Assert.Equal(onBoard, search.Contains($"id=\"result-{application}\""));
            Assert.Equal(onBoard, page.StatusCode == HttpStatusCode.OK);
            return onBoard;
        }

        Assert.False(await SeenAsync());
        Assert.Contains($"id=\"application-{application}\"", await hr.GetStringAsync(Board(opening.OpeningId)));
        Assert.Contains("Internal", await hr.GetStringAsync(Board(opening.OpeningId)));
        await MoveAsync(hr, opening, application, StageKind.Screening, await VersionOfAsync(application));
        Assert.False(await SeenAsync());
        await MoveAsync(hr, opening, application, StageKind.Interview, await VersionOfAsync(application));
        Assert.True(await SeenAsync());
    }
}

/// <summary>
/// The board of an opening with 500 candidates: bounded in size and read in as many commands as for one; a long column
/// has pages of its own; the sources' track record behind the scores is read once per write, not once per view.
/// </summary>
public class PipelineBoardSizeTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    /// <summary>What 500 candidates may weigh on the board, layout included.</summary>
    private const int Budget = 150_000;

    private static int Cards(string page) => Regex.Matches(page, "class=\"pipeline-card card\"").Count;

    private Task<int> StageIdAsync(int openingId, StageKind kind) =>
        portal.QueryDbAsync(db => db.Set<OpeningStage>().Where(s => s.OpeningId == openingId && s.Kind == kind).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task Should_show_the_longest_waiting_of_each_column_within_the_budget_in_as_many_commands_for_500_candidates_as_for_one()
    {
        var small = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 1, "one");
        var large = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 500, "many");
        // 100 of them in Screening, so two columns are longer than the board shows.
        var screening = await StageIdAsync(large.OpeningId, StageKind.Screening);
        var toScreening = large.ApplicationIds.Take(100).ToList();
        await portal.QueryDbAsync(db => db.Set<JobApplication>().Where(a => toScreening.Contains(a.Id))
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.StageId, screening)));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        async Task<(int Commands, string Page)> OpenAsync(int openingId)
        {
            var url = $"/recruitment/openings/{openingId}/board";
            await hr.GetStringAsync(url);
            portal.Commands.Reset();
            var page = await hr.GetStringAsync(url);
            return (portal.Commands.Count, page);
        }

        var one = await OpenAsync(small.OpeningId);
        var many = await OpenAsync(large.OpeningId);

        Assert.Equal(one.Commands, many.Commands);
        Assert.True(many.Commands <= 10, $"The board sent {many.Commands} SQL commands.");
        Assert.True(many.Page.Length < Budget, $"The board of 500 candidates weighs {many.Page.Length:N0} characters.");
        Assert.Equal(2 * GetPipelineBoard.ColumnLimit, Cards(many.Page));
        Assert.Contains("500 candidates", many.Page);
        Assert.Contains("Show all 400", many.Page);
        Assert.Contains("Show all 100", many.Page);
        // The longest waiting first: planted an hour apart, the last planted applied first.
        Assert.Matches($"id=\"application-{large.ApplicationIds[^1]}\"[\\s\\S]*id=\"application-{large.ApplicationIds[^2]}\"", many.Page);
        // One antiforgery token and one reason dialog for the page, however many cards.
        Assert.Equal(Regex.Matches(one.Page, "name=\"__RequestVerificationToken\"").Count, Regex.Matches(many.Page, "name=\"__RequestVerificationToken\"").Count);
        Assert.Single(Regex.Matches(many.Page, "id=\"reject-dialog\""));
    }

    [Fact]
    public async Task Should_page_a_long_column_on_its_own_with_the_cards_of_every_page_once()
    {
        var large = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 120, "paged");
        var applied = await StageIdAsync(large.OpeningId, StageKind.Applied);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var column = $"/recruitment/openings/{large.OpeningId}/board?stage={applied}";

        var pages = new List<string>();
        foreach (var number in new[] { 1, 2, 3 })
            pages.Add(await hr.GetStringAsync($"{column}&page={number}"));

        Assert.Equal([GetPipelineBoard.ColumnPageSize, GetPipelineBoard.ColumnPageSize, 20], pages.Select(Cards));
        var shown = pages.SelectMany(p => Regex.Matches(p, "id=\"application-(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value))).ToList();
        Assert.Equal(large.ApplicationIds.OrderBy(id => id), shown.Order());
        Assert.Contains("Showing 51–100 of 120", WebUtility.HtmlDecode(pages[1]));
        Assert.DoesNotContain("id=\"stage-" + await StageIdAsync(large.OpeningId, StageKind.Screening) + "\"", pages[0]);
        // Ticked on a column's page, rejected like on the board.
        Assert.Contains($"name=\"Versions[{large.ApplicationIds[0]}]\"", pages[2]);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync($"/recruitment/openings/{large.OpeningId}/board?stage=999999")).StatusCode);
    }

    [Fact]
    public async Task Should_read_the_sources_track_record_again_only_after_an_application_is_written()
    {
        var planted = await portal.PlantOpeningAsync(DemoPeople.Manager, [], 2, "record");
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var board = $"/recruitment/openings/{planted.OpeningId}/board";
        bool ReadTheTrackRecord() => portal.Commands.Texts.Any(sql => sql.Contains("\"EndedAtUtc\" IS NOT NULL") && sql.Contains("GROUP BY"));
        await hr.GetStringAsync(board);

        portal.Commands.Reset();
        Assert.Matches("Score \\d+", await hr.GetStringAsync(board));
        Assert.False(ReadTheTrackRecord());

        var fields = await hr.FormFieldsAsync($"/recruitment/applications/{planted.ApplicationIds[0]}/move");
        fields["StageId"] = $"{await StageIdAsync(planted.OpeningId, StageKind.Screening)}";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"/recruitment/applications/{planted.ApplicationIds[0]}/move",
            $"/recruitment/applications/{planted.ApplicationIds[0]}/move", fields)).StatusCode);
        portal.Commands.Reset();
        await hr.GetStringAsync(board);
        Assert.True(ReadTheTrackRecord());
    }
}
