using System.Globalization;
using System.Net;
using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Organisation;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Learning.Enrolments;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Web;

/// <summary>
/// Places on courses through the portal: a request decided by the person's own manager only, HR's assignments, the last
/// seat taken by two at once, and the waiting list moving up when a seat frees.
/// </summary>
public class EnrolmentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<(int CourseId, int SessionId)> PlantCourseAsync(string title, int capacity) => portal.QueryDbAsync(async db =>
    {
        var course = new Course { Title = title, Provider = "Enrolment Academy", Hours = 3, CreatedAtUtc = DateTime.UtcNow };
        var session = new CourseSession
        {
            StartsAtUtc = DateTime.UtcNow.AddDays(20), EndsAtUtc = DateTime.UtcNow.AddDays(20).AddHours(3), TimeZoneId = "UTC", Place = "Room Noether", Capacity = capacity,
        };
        course.Sessions.Add(session);
        db.Add(course);
        await db.SaveChangesAsync();
        return (course.Id, session.Id);
    });

    private Task<int> PlantPlaceAsync(int employeeId, int courseId, int sessionId, EnrolmentStatus status, int minutesAgo = 0) => portal.QueryDbAsync(async db =>
    {
        var at = DateTime.UtcNow.AddMinutes(-minutesAgo);
        var place = new Enrolment
        {
            EmployeeId = employeeId, CourseId = courseId, SessionId = sessionId, Status = status, RequestedAtUtc = at,
            EnrolledAtUtc = status == EnrolmentStatus.Enrolled ? at : null, WaitlistedAtUtc = status == EnrolmentStatus.Waitlisted ? at : null,
        };
        db.Add(place);
        await db.SaveChangesAsync();
        return place.Id;
    });

    private Task<EnrolmentStatus> StatusAsync(int placeId) =>
        portal.QueryDbAsync(db => db.Set<Enrolment>().Where(e => e.Id == placeId).Select(e => e.Status).SingleAsync());

    /// <summary>Active people outside the demo sign-ins, with nobody reporting to them: plain colleagues to seat.</summary>
    private Task<List<int>> ColleaguesAsync(int count, int skip) => portal.QueryDbAsync(db => db.Employees
        .Where(e => e.Status == EmployeeStatus.Active && !e.DirectReports.Any() && !DemoPeople.All.Contains(e.WorkEmail) && e.ManagerId != null)
        .OrderBy(e => e.Id).Skip(skip).Take(count).Select(e => e.Id).ToListAsync());

    private async Task<int> RequestAsync(HttpClient client, int courseId, int sessionId, string note = "")
    {
        var response = await client.PostFormAsync($"/learning/courses/{courseId}/request?sessionId={sessionId}", $"/learning/courses/{courseId}/request",
            new() { ["SessionId"] = Text(sessionId), ["Note"] = note });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await portal.QueryDbAsync(db => db.Set<Enrolment>().Where(e => e.CourseId == courseId).OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync());
    }

    private static async Task<HttpResponseMessage> ApproveAsync(HttpClient client, int requestId)
    {
        var form = await client.FormFieldsAsync($"/learning/requests/{requestId}");
        return await client.PostFormAsync($"/learning/requests/{requestId}", $"/learning/requests/{requestId}",
            new() { ["Decision"] = "Approve", ["Version"] = form["Version"] });
    }

    [Fact]
    public async Task Should_let_only_the_persons_manager_or_hr_decide_when_an_employee_requests_a_place()
    {
        var relations = await Relations.FindAsync(portal);
        var (courseId, sessionId) = await PlantCourseAsync("Decided by the right manager", capacity: 5);
        var employee = await relations.ClientAsync(portal, Viewer.Self);
        var requestId = await RequestAsync(employee, courseId, sessionId, "For the spring project");
        var otherManager = await portal.QueryDbAsync(db => db.Employees
            .Where(e => e.DirectReports.Any() && e.WorkEmail != relations.Emails[Viewer.Manager] && e.WorkEmail != DemoPeople.Manager && e.WorkEmail != DemoPeople.Hr)
            .OrderBy(e => e.Id).Select(e => e.WorkEmail).FirstAsync());
        await portal.SetDemoPasswordAsync(otherManager);

        foreach (var stranger in new[] { await portal.SignedInClientAsync(otherManager), await relations.ClientAsync(portal, Viewer.Peer),
                     await relations.ClientAsync(portal, Viewer.SkipLevelManager), employee })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/learning/requests/{requestId}")).StatusCode);
            var token = await stranger.AntiforgeryTokenAsync("/learning/requests");
            var post = await stranger.PostAsync($"/learning/requests/{requestId}", new FormUrlEncodedContent(new Dictionary<string, string>
                { ["__RequestVerificationToken"] = token, ["Decision"] = "Approve", ["Version"] = Guid.Empty.ToString() }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        Assert.Equal(EnrolmentStatus.Requested, await StatusAsync(requestId));

        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        Assert.Contains("For the spring project", WebUtility.HtmlDecode(await manager.GetStringAsync("/learning/requests")));
        Assert.Equal(HttpStatusCode.Redirect, (await ApproveAsync(manager, requestId)).StatusCode);
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(requestId));
        var userId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == relations.TargetId).Select(e => e.UserId!).SingleAsync());
        Assert.True(await portal.QueryDbAsync(db => db.Set<Notification>().AnyAsync(n => n.RecipientUserId == userId && n.Kind == PlaceNotifications.Decided)));

        // HR decides for anyone.
        var (otherCourse, otherSession) = await PlantCourseAsync("Decided by HR", capacity: 5);
        var second = await RequestAsync(employee, otherCourse, otherSession);
        Assert.Equal(HttpStatusCode.Redirect, (await ApproveAsync(await portal.SignedInClientAsync(DemoPeople.Hr), second)).StatusCode);
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(second));
    }

    [Fact]
    public async Task Should_show_the_problem_next_to_the_reason_when_a_manager_declines_without_one()
    {
        var relations = await Relations.FindAsync(portal);
        var (courseId, sessionId) = await PlantCourseAsync("Declined without a reason", capacity: 5);
        var requestId = await RequestAsync(await relations.ClientAsync(portal, Viewer.Self), courseId, sessionId);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var version = (await manager.FormFieldsAsync($"/learning/requests/{requestId}"))["Version"];

        var refused = await manager.PostFormAsync($"/learning/requests/{requestId}", $"/learning/requests/{requestId}",
            new() { ["Decision"] = "Decline", ["Version"] = version, ["Reason"] = " " });
        var declined = await manager.PostFormAsync($"/learning/requests/{requestId}", $"/learning/requests/{requestId}",
            new() { ["Decision"] = "Decline", ["Version"] = version, ["Reason"] = "Budget is spent this quarter" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("id=\"reason-problem\"[^>]*>Say why you decline", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal(EnrolmentStatus.Declined, await StatusAsync(requestId));
        Assert.Contains("Budget is spent this quarter", WebUtility.HtmlDecode(await (await relations.ClientAsync(portal, Viewer.Self)).GetStringAsync("/me/learning")));
    }

    [Fact]
    public async Task Should_tell_of_a_conflict_when_a_request_was_decided_meanwhile()
    {
        var relations = await Relations.FindAsync(portal);
        var (courseId, sessionId) = await PlantCourseAsync("Decided twice", capacity: 5);
        var requestId = await RequestAsync(await relations.ClientAsync(portal, Viewer.Self), courseId, sessionId);
        var manager = await relations.ClientAsync(portal, Viewer.Manager);
        var version = (await manager.FormFieldsAsync($"/learning/requests/{requestId}"))["Version"];
        Assert.Equal(HttpStatusCode.Redirect, (await ApproveAsync(await portal.SignedInClientAsync(DemoPeople.Hr), requestId)).StatusCode);

        var stale = await manager.PostFormAsync($"/learning/requests/{requestId}", $"/learning/requests/{requestId}",
            new() { ["Decision"] = "Decline", ["Version"] = version, ["Reason"] = "Not now" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("This request was decided meanwhile", await stale.Content.ReadAsStringAsync());
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(requestId));
    }

    [Fact]
    public async Task Should_refuse_a_second_request_next_to_the_session_when_the_person_already_holds_a_place()
    {
        var (courseId, sessionId) = await PlantCourseAsync("Asked for twice", capacity: 5);
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);
        await RequestAsync(employee, courseId, sessionId);

        var again = await employee.PostFormAsync($"/learning/courses/{courseId}/request", $"/learning/courses/{courseId}/request",
            new() { ["SessionId"] = Text(sessionId) });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Matches("id=\"session-problem\"[^>]*>You already have a place or a request on this course", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await portal.QueryDbAsync(db => db.Set<Enrolment>().CountAsync(e => e.CourseId == courseId)));
    }

    [Fact]
    public async Task Should_skip_people_holding_a_live_place_and_waitlist_the_rest_when_hr_assigns_a_department()
    {
        var (courseId, sessionId) = await PlantCourseAsync("Assigned to a department", capacity: 2);
        var department = await portal.QueryDbAsync(db => db.Departments
            .Where(d => db.Employees.Count(e => e.DepartmentId == d.Id && e.Status != EmployeeStatus.Left) >= 4)
            .OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var members = await portal.QueryDbAsync(db => db.Employees.Where(e => e.DepartmentId == department && e.Status != EmployeeStatus.Left)
            .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync());
        await PlantPlaceAsync(members[0], courseId, sessionId, EnrolmentStatus.Requested);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var response = await hr.PostFormAsync($"/learning/courses/{courseId}/assign", $"/learning/courses/{courseId}/assign", new()
        {
            ["SessionId"] = Text(sessionId), ["DepartmentId"] = Text(department), ["DueOn"] = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var places = await portal.QueryDbAsync(db => db.Set<Enrolment>().Where(e => e.CourseId == courseId && e.AssignedByUserId != null).ToListAsync());
        Assert.Equal(members.Count - 1, places.Count);
        Assert.DoesNotContain(places, p => p.EmployeeId == members[0]);
        Assert.Equal(2, places.Count(p => p.Status == EnrolmentStatus.Enrolled));
        Assert.All(places.Where(p => p.Status != EnrolmentStatus.Enrolled), p => Assert.Equal(EnrolmentStatus.Waitlisted, p.Status));
        Assert.All(places, p => Assert.NotNull(p.DueOn));
        var course = await hr.GetStringAsync($"/learning/courses/{courseId}");
        Assert.Contains($"Assigned to {members.Count - 1}; 1 skipped", WebUtility.HtmlDecode(course));
    }

    [Fact]
    public async Task Should_seat_exactly_one_and_waitlist_the_other_when_two_take_the_last_seat_at_once()
    {
        var (courseId, sessionId) = await PlantCourseAsync("The last seat", capacity: 2);
        var people = await ColleaguesAsync(3, skip: 0);
        await PlantPlaceAsync(people[0], courseId, sessionId, EnrolmentStatus.Enrolled);
        var first = await PlantPlaceAsync(people[1], courseId, sessionId, EnrolmentStatus.Requested);
        var second = await PlantPlaceAsync(people[2], courseId, sessionId, EnrolmentStatus.Requested);
        var versions = await portal.QueryDbAsync(db => db.Set<Enrolment>().Where(e => e.Id == first || e.Id == second).ToDictionaryAsync(e => e.Id, e => e.Version));

        // Each decision in its own scope and connection, released together, as two managers' clicks would be.
        var start = new TaskCompletionSource();
        var decisions = new[] { first, second }.Select(id => Task.Run(async () =>
        {
            await start.Task;
            await portal.SendAsync(DemoPeople.Hr, new DecideRequest.Command { RequestId = id, Decision = DecideRequest.Decision.Approve, Version = versions[id] });
        })).ToList();
        start.SetResult();
        await Task.WhenAll(decisions);

        var outcome = new[] { await StatusAsync(first), await StatusAsync(second) }.Order().ToList();
        Assert.Equal([EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted], outcome);
        Assert.Equal(2, await portal.QueryDbAsync(db => db.Set<Enrolment>().CountAsync(e => e.SessionId == sessionId && e.Status == EnrolmentStatus.Enrolled)));
    }

    [Fact]
    public async Task Should_give_the_seat_to_the_first_waitlisted_when_a_seated_person_withdraws()
    {
        var (courseId, sessionId) = await PlantCourseAsync("Withdrawn from", capacity: 1);
        var employeeId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.WorkEmail == DemoPeople.Employee).Select(e => e.Id).SingleAsync());
        var people = await ColleaguesAsync(2, skip: 6);
        var seated = await PlantPlaceAsync(employeeId, courseId, sessionId, EnrolmentStatus.Enrolled, minutesAgo: 60);
        var firstWaiting = await PlantPlaceAsync(people[0], courseId, sessionId, EnrolmentStatus.Waitlisted, minutesAgo: 30);
        var secondWaiting = await PlantPlaceAsync(people[1], courseId, sessionId, EnrolmentStatus.Waitlisted, minutesAgo: 10);
        var employee = await portal.SignedInClientAsync(DemoPeople.Employee);

        var response = await employee.PostFormAsync("/me/learning", $"/me/learning/{seated}/withdraw", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((EnrolmentStatus.Withdrawn, EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted),
            (await StatusAsync(seated), await StatusAsync(firstWaiting), await StatusAsync(secondWaiting)));
        var promotedUser = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == people[0]).Select(e => e.UserId).SingleAsync());
        if (promotedUser is not null)
            Assert.True(await portal.QueryDbAsync(db => db.Set<Notification>().AnyAsync(n => n.RecipientUserId == promotedUser && n.Kind == PlaceNotifications.Seated)));
    }

    [Fact]
    public async Task Should_seat_the_waiting_list_in_order_when_hr_raises_the_capacity()
    {
        var (courseId, sessionId) = await PlantCourseAsync("Given more seats", capacity: 1);
        var people = await ColleaguesAsync(4, skip: 2);
        await PlantPlaceAsync(people[0], courseId, sessionId, EnrolmentStatus.Enrolled, minutesAgo: 60);
        var waiting = new List<int>();
        for (var i = 1; i < 4; i++) waiting.Add(await PlantPlaceAsync(people[i], courseId, sessionId, EnrolmentStatus.Waitlisted, minutesAgo: 50 - i));
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);
        var editPage = $"/learning/courses/{courseId}/sessions/{sessionId}/edit";
        var form = await hr.FormFieldsAsync(editPage);
        form["TimeZoneId"] = "UTC";
        form["Capacity"] = "3";

        var response = await hr.PostFormAsync(editPage, editPage, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([EnrolmentStatus.Enrolled, EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted],
            [await StatusAsync(waiting[0]), await StatusAsync(waiting[1]), await StatusAsync(waiting[2])]);
        var roster = WebUtility.HtmlDecode(await hr.GetStringAsync($"/learning/sessions/{sessionId}"));
        Assert.Contains("3 of 3 seats taken", roster);
        Assert.Contains($"/learning/records/new?enrolmentId={waiting[0]}", roster);
    }

    [Fact]
    public async Task Should_withdraw_the_places_and_tell_the_people_when_hr_cancels_the_session()
    {
        var (courseId, sessionId) = await PlantCourseAsync("Called off", capacity: 2);
        var people = await ColleaguesAsync(2, skip: 8);
        var seated = await PlantPlaceAsync(people[0], courseId, sessionId, EnrolmentStatus.Enrolled);
        var waiting = await PlantPlaceAsync(people[1], courseId, sessionId, EnrolmentStatus.Waitlisted);
        var hr = await portal.SignedInClientAsync(DemoPeople.Hr);

        var response = await hr.PostFormAsync($"/learning/courses/{courseId}", $"/learning/courses/{courseId}/sessions/{sessionId}/cancel", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((EnrolmentStatus.Withdrawn, EnrolmentStatus.Withdrawn), (await StatusAsync(seated), await StatusAsync(waiting)));
    }

    [Fact]
    public async Task Should_show_the_waiting_list_position_and_point_to_the_catalog_when_my_learning_is_opened()
    {
        var (courseId, sessionId) = await PlantCourseAsync("Waiting in line", capacity: 1);
        var people = await ColleaguesAsync(3, skip: 5);
        await PlantPlaceAsync(people[0], courseId, sessionId, EnrolmentStatus.Enrolled, minutesAgo: 60);
        await PlantPlaceAsync(people[1], courseId, sessionId, EnrolmentStatus.Waitlisted, minutesAgo: 50);
        var mine = await PlantPlaceAsync(people[2], courseId, sessionId, EnrolmentStatus.Waitlisted, minutesAgo: 40);
        var email = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == people[2]).Select(e => e.WorkEmail).SingleAsync());
        await portal.SetDemoPasswordAsync(email);
        await portal.CreateAccountAsync("no-learning@erm.test", "a passphrase for learning");

        var nobody = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await nobody.PostFormAsync("/account/sign-in", "/account/sign-in",
            new() { ["Email"] = "no-learning@erm.test", ["Password"] = "a passphrase for learning" })).StatusCode);

        var page = WebUtility.HtmlDecode(await (await portal.SignedInClientAsync(email)).GetStringAsync("/me/learning"));
        var empty = await nobody.GetStringAsync("/me/learning");

        Assert.Matches($"id=\"waiting-position-{mine}\"[^>]*>2nd on the waiting list", page);
        Assert.Contains("id=\"empty-learning\"", empty);
        Assert.Contains("href=\"/learning/courses\"", empty);
    }

    [Fact]
    public async Task Should_count_the_requests_waiting_on_the_manager_home_card_when_a_report_asks()
    {
        var relations = await Relations.FindAsync(portal);
        var managerId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == relations.TargetId).Select(e => e.ManagerId!.Value).SingleAsync());
        var (courseId, sessionId) = await PlantCourseAsync("Waiting on the home card", capacity: 5);
        await RequestAsync(await relations.ClientAsync(portal, Viewer.Self), courseId, sessionId);
        var waiting = await portal.QueryDbAsync(db => db.Set<Enrolment>().CountAsync(e => e.Status == EnrolmentStatus.Requested && e.Employee.ManagerId == managerId));

        var managerHome = await (await relations.ClientAsync(portal, Viewer.Manager)).GetStringAsync("/");
        var peerHome = await (await relations.ClientAsync(portal, Viewer.Peer)).GetStringAsync("/");

        Assert.Matches($"id=\"training-requests-count\"[^>]*>{waiting}<", managerHome);
        Assert.DoesNotContain("training-requests-section", peerHome);
    }
}
