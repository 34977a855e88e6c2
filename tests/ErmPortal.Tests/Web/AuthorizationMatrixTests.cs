using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Cases;
using ErmPortal.Data.Compensation;
using ErmPortal.Data.Learning;
using ErmPortal.Data.Notifications;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Profiles;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Reviews;
using ErmPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ErmPortal.Tests.Web;

/// <summary>
/// Every endpoint the app maps, GET and POST, as every kind of viewer, read from the app's endpoint list. Each
/// endpoint's audience comes from a rule (a role policy on it, or "/me": the viewer's own records) or is written
/// here by name; an endpoint neither covers fails the test until its expectation is written. The bodies of every
/// page a viewer can open are searched for sensitive values planted on one person, field by field.
/// </summary>
public class AuthorizationMatrixTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly Viewer[] Everyone = [Viewer.Self, Viewer.Peer, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Admin];
    private static readonly Viewer[] TimelineReaders = [Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr];
    private static readonly Viewer[] PlanPeople = [Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr];

    /// <summary>Who may use an endpoint, what they get, and what everyone else signed in gets instead.</summary>
    private record Rule(Viewer[] Allowed, HttpStatusCode Refusal, HttpStatusCode Success = HttpStatusCode.OK)
    {
        public HttpStatusCode Expected(Viewer viewer) => Allowed.Contains(viewer) ? Success : Refusal;
    }

    /// <summary>
    /// Endpoints open to people by their relation to someone, not by a role: each is named here. The rest follow a rule:
    /// a role policy, or the viewer's own records under /me.
    /// </summary>
    private static readonly Dictionary<string, Rule> Named = new()
    {
        ["Home.Dashboard"] = new(Everyone, HttpStatusCode.NotFound),
        ["Directory.SearchDirectory"] = new(Everyone, HttpStatusCode.NotFound),
        ["Directory.GetOrgChart"] = new(Everyone, HttpStatusCode.NotFound),
        ["Employees.GetEmployee"] = new(Everyone, HttpStatusCode.NotFound),
        ["Photos.GetPhoto"] = new(Everyone, HttpStatusCode.NotFound),
        ["Timeline.GetTimeline"] = new(TimelineReaders, HttpStatusCode.NotFound),
        ["Account.ChangePassword"] = new(Everyone, HttpStatusCode.NotFound),
        ["Account.SignOut"] = new(Everyone, HttpStatusCode.NotFound),
        // Everyone has a team page of their own (empty without reports); someone else's is for the managers above them and HR.
        ["Team.GetMyTeam"] = new(Everyone, HttpStatusCode.NotFound),
        ["Team.GetTeam"] = new([Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr], HttpStatusCode.NotFound),
        // "/me" sends each person to their own profile.
        ["MyProfile.MyProfile"] = new(Everyone, HttpStatusCode.NotFound, HttpStatusCode.Redirect),
        // The benchmark's baseline does the work every page does for any signed-in viewer, so everyone may open it.
        ["Diagnostics.GetBaseline"] = new(Everyone, HttpStatusCode.NotFound),
        // A requisition is for HR and the manager who asked for it (the target's manager); other managers are told it does not exist.
        ["Requisitions.GetRequisition"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        // Only the manager who asked may take it back.
        ["Requisitions.WithdrawRequisition"] = new([Viewer.Manager], HttpStatusCode.NotFound),
        // Everyone may ask for the openings they hire or interview for; someone on no hiring team gets an empty list.
        ["Openings.ListOpenings"] = new(Everyone, HttpStatusCode.NotFound),
        // An opening is for its hiring team: HR, its hiring manager (the target's manager) and its interviewer (the target).
        ["Openings.GetOpening"] = new([Viewer.Self, Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        // An opening's candidates are for HR and its hiring team: the target's manager hires for the planted opening, the target interviews.
        ["Pipeline.GetPipelineBoard"] = new([Viewer.Self, Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        // Moving candidates is the hiring manager's and HR's; an interviewer gives a scorecard instead.
        ["Pipeline.MoveApplication"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Pipeline.BulkRejectApplications"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Pipeline.GetCandidate"] = new([Viewer.Self, Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Pipeline.AddCandidateNote"] = new([Viewer.Self, Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Pipeline.DownloadCv"] = new([Viewer.Self, Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        // A candidate's private link, not a signed-in person's page: a token that is not one is not found, whoever asks.
        ["OpeningEmails.StopOpeningEmails"] = new([], HttpStatusCode.NotFound),
        ["OpeningEmails.ConfirmStopOpeningEmails"] = new([], HttpStatusCode.NotFound),
        // Offers are the hiring team's who may see pay: HR and the opening's hiring manager (the target's manager). The
        // opening's interviewer (the target) and everyone else are told they do not exist. Approving pay and hiring are HR's role.
        ["Offers.DraftOffer"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Offers.GetOffer"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Offers.RequestOfferApproval"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Offers.SendOffer"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Offers.RecordOfferAnswer"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Offers.WithdrawOffer"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Offers.OfferLetter"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Offers.OfferLetterPdf"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        // The planted opening's hiring manager is the target's manager and its interviewer the target. Interviews are
        // arranged by HR and the hiring manager; the whole hiring team reads them; a scorecard is written by its interviewer.
        ["Interviews.ScheduleInterview"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Interviews.RescheduleInterview"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Interviews.CancelInterview"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Interviews.DownloadInvite"] = new([Viewer.Self, Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Interviews.GetScorecards"] = new([Viewer.Self, Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Interviews.WriteScorecard"] = new([Viewer.Self], HttpStatusCode.NotFound),
        // Suggestions of colleagues by name tell what the directory already shows everyone.
        ["Interviews.FindInterviewers"] = new(Everyone, HttpStatusCode.NotFound),
        // Internal mobility: the id is an opening's, not the viewer's record. Every employee reads a published opening; those
        // on its hiring team (the target interviews, the target's manager hires) are turned away from applying with a
        // message on the page, and nobody withdraws an application they never made.
        ["InternalOpenings.GetInternalOpening"] = new(Everyone, HttpStatusCode.NotFound),
        ["InternalOpenings.ApplyInternally"] = new([Viewer.Peer, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Admin], HttpStatusCode.Redirect),
        ["InternalOpenings.WithdrawInternalApplication"] = new([], HttpStatusCode.NotFound),
        // Check-in answers are for HR and the person's managers; the person wrote their own and does not read the manager's.
        ["CheckIns.GetPlanCheckIns"] = new([Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr], HttpStatusCode.NotFound),
        // The planted plan is the target's offboarding: the person, their managers and HR see it; anyone else is told it does
        // not exist. Its planted task is the target's, so only they (and HR, for anyone) complete it.
        ["Plans.GetPlan"] = new([Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Plans.DownloadTaskDocument"] = new([Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Plans.CompleteTask"] = new([Viewer.Self, Viewer.Hr], HttpStatusCode.NotFound),
        // A person's documents are theirs and HR's; the person uploads only what a plan task asks for (an empty post is
        // shown the form again), and only HR deletes. The document is the demo contract, shared with the person.
        ["EmployeeDocuments.GetEmployeeDocuments"] = new([Viewer.Self, Viewer.Hr], HttpStatusCode.NotFound),
        ["EmployeeDocuments.DownloadEmployeeDocument"] = new([Viewer.Self, Viewer.Hr], HttpStatusCode.NotFound),
        ["EmployeeDocuments.UploadEmployeeDocument"] = new([Viewer.Self, Viewer.Hr], HttpStatusCode.NotFound),
        ["EmployeeDocuments.DeleteEmployeeDocument"] = new([Viewer.Hr], HttpStatusCode.NotFound),
        // Everyone has a team view of mandatory training (empty without reports); another manager's is for those above them and HR.
        ["Compliance.GetTeamCompliance"] = new(Everyone, HttpStatusCode.NotFound),
        // The course catalog and a course still offered are for every signed-in person; changing them is HR's role.
        ["Courses.ListCourses"] = new(Everyone, HttpStatusCode.NotFound),
        ["Courses.GetCourse"] = new(Everyone, HttpStatusCode.NotFound),
        // Anyone asks for a place; the requests list shows each viewer only those they decide (empty for most).
        ["CourseEnrolments.RequestPlace"] = new(Everyone, HttpStatusCode.NotFound),
        ["TrainingRequests.ListRequests"] = new(Everyone, HttpStatusCode.NotFound),
        // The planted request is the target's: their direct manager decides it, and HR; not the target, a peer or the skip-level manager.
        ["TrainingRequests.DecideRequest"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        // A session's roster is HR's and its trainer's; the planted session has no trainer.
        ["Rosters.GetRoster"] = new([Viewer.Hr], HttpStatusCode.NotFound),
        // What a person learned, and their certificates, are theirs, their managers' and HR's. The record is the target's
        // demo first aid certificate.
        ["TrainingRecords.ListEmployeeRecords"] = new([Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr], HttpStatusCode.NotFound),
        ["TrainingRecords.DownloadCertificate"] = new([Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr], HttpStatusCode.NotFound),
        // Feedback is said to HR and the trainer; none of the viewers trains a session of the planted course.
        ["TrainingRecords.ListCourseFeedback"] = new([Viewer.Hr], HttpStatusCode.NotFound),
        // A development plan is the person's, their managers' and HR's, who all change it and comment; agreeing is the
        // person's and their direct manager's. Anyone else is told it does not exist.
        ["Development.GetDevelopmentPlan"] = new(PlanPeople, HttpStatusCode.NotFound),
        ["Development.AddGoal"] = new(PlanPeople, HttpStatusCode.NotFound),
        ["Development.ChangeGoal"] = new(PlanPeople, HttpStatusCode.NotFound),
        ["Development.PlanCourse"] = new(PlanPeople, HttpStatusCode.NotFound),
        ["Development.RemovePlannedCourse"] = new(PlanPeople, HttpStatusCode.NotFound),
        ["Development.CommentOnPlan"] = new(PlanPeople, HttpStatusCode.NotFound),
        ["Development.AgreeToPlan"] = new([Viewer.Self, Viewer.Manager], HttpStatusCode.NotFound),
        // The id is a catalog course's, not a record of the viewer's: everyone plans or dismisses a course for themselves.
        ["Recommendations.DismissRecommendation"] = new(Everyone, HttpStatusCode.NotFound),
        ["Recommendations.PlanRecommendedCourse"] = new(Everyone, HttpStatusCode.NotFound),
        // A review is its person's, their managers' and HR's; Admin and colleagues are told it does not exist. The planted
        // review is the target's, written by their direct manager. Everyone has a list of the reviews they write (empty for most).
        ["Reviews.GetReview"] = new(PlanPeople, HttpStatusCode.NotFound),
        ["Reviews.ListTeamReviews"] = new(Everyone, HttpStatusCode.NotFound),
        ["Reviews.WriteSelfAssessment"] = new([Viewer.Self], HttpStatusCode.NotFound),
        ["Reviews.CommentOnReview"] = new([Viewer.Self], HttpStatusCode.NotFound),
        ["Reviews.DisagreeWithReview"] = new([Viewer.Self], HttpStatusCode.NotFound),
        ["Reviews.AcknowledgeReview"] = new([Viewer.Self], HttpStatusCode.NotFound),
        ["Reviews.WriteManagerAssessment"] = new([Viewer.Manager], HttpStatusCode.NotFound),
        ["Reviews.ShareReview"] = new([Viewer.Manager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Reviews.OpenManagerAssessment"] = new([Viewer.Hr], HttpStatusCode.NotFound),
        // Goals are the person's, their managers' and HR's to read; only the person and their direct manager set and update them.
        ["Goals.GetGoals"] = new(PlanPeople, HttpStatusCode.NotFound),
        ["Goals.CreateGoal"] = new([Viewer.Self, Viewer.Manager], HttpStatusCode.NotFound),
        ["Goals.EditGoal"] = new([Viewer.Self, Viewer.Manager], HttpStatusCode.NotFound),
        ["Goals.CheckInGoal"] = new([Viewer.Self, Viewer.Manager], HttpStatusCode.NotFound),
        // Everyone has a list of their own 1:1s (empty without any). A new 1:1 is for one direct report, named in the query the
        // matrix cannot give, so nobody is offered the form here (its own tests open it); only a direct manager schedules one.
        ["OneOnOnes.ListOneOnOnes"] = new(Everyone, HttpStatusCode.NotFound),
        ["OneOnOnes.NewOneOnOne"] = new([], HttpStatusCode.NotFound),
        ["OneOnOnes.ScheduleOneOnOne"] = new([Viewer.Manager], HttpStatusCode.NotFound),
        // The planted 1:1 is the target's with their manager: only those two open it or write in it; not the skip-level, HR or Admin.
        ["OneOnOnes.GetOneOnOne"] = new([Viewer.Self, Viewer.Manager], HttpStatusCode.NotFound),
        ["OneOnOnes.AddAgendaItem"] = new([Viewer.Self, Viewer.Manager], HttpStatusCode.NotFound),
        ["OneOnOnes.SaveSharedNotes"] = new([Viewer.Self, Viewer.Manager], HttpStatusCode.NotFound),
        ["OneOnOnes.SavePrivateNote"] = new([Viewer.Self, Viewer.Manager], HttpStatusCode.NotFound),
        ["OneOnOnes.AddActionItem"] = new([Viewer.Self, Viewer.Manager], HttpStatusCode.NotFound),
        ["OneOnOnes.CompleteActionItem"] = new([Viewer.Self, Viewer.Manager], HttpStatusCode.NotFound),
        // The planted cycle is in calibration with the target's rated review: HR and the skip-level manager calibrate it;
        // the direct manager wrote the rating, and nobody else has any part in it.
        ["Calibration.GetCalibration"] = new([Viewer.SkipLevelManager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Calibration.CalibrateReview"] = new([Viewer.SkipLevelManager, Viewer.Hr], HttpStatusCode.NotFound),
        // 360° feedback on the target's review (not yet shared): the person nominates, the reviewer (their manager) decides,
        // the manager chain and HR read the nominations; the answers are the chain's and HR's until the review is shared.
        // The planted nomination asks the peer, who alone opens its form.
        ["Peers.ListNominations"] = new([Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr], HttpStatusCode.NotFound),
        ["Peers.NominatePeer"] = new([Viewer.Self], HttpStatusCode.NotFound),
        ["Peers.ApproveNomination"] = new([Viewer.Manager], HttpStatusCode.NotFound),
        ["Peers.DeclineNomination"] = new([Viewer.Manager], HttpStatusCode.NotFound),
        ["PeerFeedback.GiveFeedback"] = new([Viewer.Peer], HttpStatusCode.NotFound),
        ["PeerFeedback.GetFeedbackSummary"] = new([Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr], HttpStatusCode.NotFound),
        // Pay is the person's, their managers' and HR's; colleagues and Admin are told it does not exist. The letter is of
        // the target's planted merit raise.
        ["Pay.GetPay"] = new(PlanPeople, HttpStatusCode.NotFound),
        ["Pay.PayChangeLetter"] = new(PlanPeople, HttpStatusCode.NotFound),
        // The planted cycle is open: HR asking to edit it is sent to its page, where it no longer changes.
        ["CompensationCycles.EditCycle"] = new([Viewer.Hr], HttpStatusCode.Forbidden, HttpStatusCode.Redirect),
        // Everyone's pay review is their own team's (empty without reports): the way in leads those with people in the open
        // demo cycle to it, and shows everyone else that no review of theirs is open; the team page without a manager named
        // is the viewer's own. Whose raises a viewer may save is decided row by row.
        ["PayReview.PayReview"] = new([Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr], HttpStatusCode.OK, HttpStatusCode.Redirect),
        ["PayReview.TeamProposals"] = new(Everyone, HttpStatusCode.NotFound),
        ["PayReview.SaveProposals"] = new(Everyone, HttpStatusCode.NotFound),
        // Pay is recorded by HR alone, and never by the person themselves; to everyone else the person does not exist.
        ["PayRecords.RecordSalaryChange"] = new([Viewer.Hr], HttpStatusCode.NotFound),
        ["PayRecords.AddBonus"] = new([Viewer.Hr], HttpStatusCode.NotFound),
        ["PayRecords.AddAllowance"] = new([Viewer.Hr], HttpStatusCode.NotFound),
        ["PayRecords.EndAllowance"] = new([Viewer.Hr], HttpStatusCode.NotFound),
        ["PayRecords.EnrolInBenefit"] = new([Viewer.Hr], HttpStatusCode.NotFound),
        ["PayRecords.EndEnrolment"] = new([Viewer.Hr], HttpStatusCode.NotFound),
        // The statement and the ledger hold pay: the same people as the pay page.
        ["Statements.GetTotalRewards"] = new(PlanPeople, HttpStatusCode.NotFound),
        ["Statements.GetLedger"] = new(PlanPeople, HttpStatusCode.NotFound),
    };


    /// <summary>Pages worth opening with a query as well: the audit log narrowed to the target, and to one personal field.</summary>
    private static readonly string[] ExtraPages = ["/audit?employeeId={target}", "/audit?field=Employee.PersonalEmail"];

    // Distinctive values planted on the target, each with who may see it anywhere in the portal and who must find it
    // somewhere (on the profile, in their own data download, on the request HR reviews, in the audit log).
    private const string PersonalEmail = "plum.orchard.77@example.org";
    private const string PersonalPhone = "0161 496 0778";
    private const string HomeAddress = "77 Quillfeather Lane Dunmore";
    private static readonly DateOnly DateOfBirth = new(1977, 3, 29);
    private const string NationalId = "QX7319264";
    private const string BankAccount = "NL91ABNA0417164300";
    private const string EmergencyContact = "Zebulon Quartermaine";
    private const string CareerAspiration = "Open the Reykjavik studio by 2030";
    private const string RejectionReason = "The scan of the passport was unreadable";
    private const string LeavingReason = "Relocating to Tasmania with family";
    private const decimal OfferSalary = 87_654m;
    private const string ManagersPrivateNote = "Wonders whether Kestrel Row suits them better";
    /// <summary>The target's planted salary a year, in euros: an amount no demo salary has.</summary>
    private const long PlantedSalary = 93_517;
    private const string CaseSummary = "Alleges the Tuesday stand-up is used to single them out";
    private const string CaseNote = "Met the witnesses from the Marigold team";

    private static readonly Viewer[] PersonAndHr = [Viewer.Self, Viewer.Hr];

    private static readonly (string Field, string[] Renderings, Viewer[] Allowed, Viewer[] Shown)[] Secrets =
    [
        ("personal email", [PersonalEmail], PersonAndHr, PersonAndHr),
        ("personal phone", [PersonalPhone], PersonAndHr, PersonAndHr),
        ("home address", [HomeAddress], PersonAndHr, PersonAndHr),
        ("date of birth", [DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateOfBirth.ToString("d", new CultureInfo("en-US")),
            DateOfBirth.ToString("d", new CultureInfo("en-GB"))], PersonAndHr, PersonAndHr),
        // Masked on the profile and on a decided request; whole only in the person's own download (and for HR on a
        // request still waiting for their decision, which the planted data does not leave).
        ("national id", [NationalId], PersonAndHr, [Viewer.Self]),
        ("bank account", [BankAccount], PersonAndHr, [Viewer.Self]),
        ("emergency contact", [EmergencyContact], PersonAndHr, PersonAndHr),
        // Development: the managers who develop the person see it; Admin does not.
        ("career aspiration", [CareerAspiration], [Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr],
            [Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr]),
        // The request and its outcome are the person's and HR's business only, on every page including the timeline.
        ("rejection reason", [RejectionReason], PersonAndHr, PersonAndHr),
        // Why someone leaves is for HR, and for Admin who may edit the record; not for the person's managers or the person.
        ("leaving reason", [LeavingReason], [Viewer.Hr, Viewer.Admin], [Viewer.Hr, Viewer.Admin]),
        // Pay in an offer: HR and the hiring manager, never the opening's interviewer or anyone else.
        ("offer salary", [OfferSalary.ToString("#,0", new CultureInfo("en-US"))], [Viewer.Manager, Viewer.Hr], [Viewer.Manager, Viewer.Hr]),
        // A private note of the manager's on their 1:1 with the target: theirs alone, not the target's, not HR's, on no page.
        ("1:1 private note", [ManagersPrivateNote], [Viewer.Manager], [Viewer.Manager]),
        // Pay: the person, the managers above them and HR; never a colleague, never Admin, on any page.
        ("salary", [PlantedSalary.ToString("#,0", new CultureInfo("en-US"))], PlanPeople, PlanPeople),
        // An HR case about the target: HR's alone, on no other page for anyone (their managers are only told to talk to HR).
        ("HR case summary", [CaseSummary], [Viewer.Hr], [Viewer.Hr]),
        ("HR case note", [CaseNote], [Viewer.Hr], [Viewer.Hr]),
    ];

    private record Target(Relations Relations, string UserId, int RequestId, int NotificationId, int DigestId, int SessionId, int RequisitionId,
        PlantedOpening Opening, int OfferId, int InterviewId, PlantedPlan Plan, int TemplateId, int CheckInId, int DocumentId, int TemplateTaskId,
        PlantedCourse Course, PlantedPlace Place, int TrainingRecordId, int OutsideTrainingId, PlantedDevelopment Development, int ReviewId,
        int ReviewCycleId, PlantedPerformance Performance,
        PlantedPeerFeedback PeerFeedback)
    {
        /// <summary>A cycle in calibration with the target's review, rated by their manager.</summary>
        public (int CycleId, int ReviewId) Calibration { get; init; }

        /// <summary>The target's planted salary record, a merit raise in force since yesterday (so it has a letter).</summary>
        public int SalaryRecordId { get; init; }

        /// <summary>The demo's open compensation cycle.</summary>
        public int CompensationCycleId { get; init; }
        /// <summary>An allowance and a benefit enrolment of the target's, and a demo band and benefit for HR's catalogue pages.</summary>
        public PlantedPay Pay { get; init; } = null!;
        /// <summary>An open HR case about the target, with a note.</summary>
        public int CaseId { get; init; }
    }

    /// <summary>A demo goal of the target's, and their latest demo 1:1 with their manager with one of its action items.</summary>
    private record PlantedPerformance(int GoalId, int MeetingId, int ActionItemId);
    private record PlantedPay(int AllowanceId, int EnrolmentId, int BandId, int BenefitId);

    /// <summary>The target's review in a cycle with 360° feedback, and the peer's approved nomination on it.</summary>
    private record PlantedPeerFeedback(int CycleId, int ReviewId, int NominationId);

    /// <summary>The target's request for a place on a session without a trainer.</summary>
    private record PlantedPlace(int RequestId, int SessionId);

    /// <summary>A goal and a planned course on the target's development plan (the demo's), and a position for HR's skills page.</summary>
    private record PlantedDevelopment(int GoalId, int PlannedCourseId, int PositionId);

    /// <summary>A demo course in the catalog with a session still on and a mandatory rule.</summary>
    private record PlantedCourse(int CourseId, int SessionId, int RuleId);

    /// <summary>The target's offboarding plan (started when HR recorded their departure) and a task of theirs with a document to read.</summary>
    private record PlantedPlan(int PlanId, int TaskId);

    [Fact]
    public async Task Should_have_a_rule_or_an_expectation_for_every_endpoint()
    {
        var unknown = new List<string>();
        foreach (var endpoint in PortalEndpoint.All(portal.Services).Where(e => !e.AllowsAnonymous))
            if (await RuleForAsync(endpoint, Roles: new Dictionary<Viewer, string[]>()) is null) unknown.Add(endpoint.ToString());
        Assert.Empty(unknown);
    }

    [Fact]
    public async Task Should_give_each_viewer_exactly_the_pages_and_values_their_relation_allows()
    {
        var target = await PlantAsync();
        var roles = await RolesOfViewersAsync(target.Relations);
        var endpoints = PortalEndpoint.All(portal.Services);
        var failures = new List<string>();
        var seen = Enum.GetValues<Viewer>().ToDictionary(v => v, _ => new Dictionary<string, string>());

        foreach (var viewer in Enum.GetValues<Viewer>())
        {
            var client = await target.Relations.ClientAsync(portal, viewer);
            var pages = new List<(string Url, Rule? Rule)>();
            foreach (var endpoint in endpoints.Where(e => e.Method == "GET"))
            {
                var url = UrlOf(endpoint, target);
                if (url is null) { failures.Add($"{endpoint}: no value for its route parameters"); continue; }
                pages.Add((url, endpoint.AllowsAnonymous ? null : await RuleForAsync(endpoint, roles)));
            }
            var auditRule = await RuleForAsync(endpoints.Single(e => e.Action == "Audit.SearchAuditLog"), roles);
            pages.AddRange(ExtraPages.Select(p => (p.Replace("{target}", target.Relations.TargetId.ToString(CultureInfo.InvariantCulture)), (Rule?)auditRule)));

            foreach (var (url, rule) in pages)
            {
                var response = await client.GetAsync(url);
                if (rule is null)
                {
                    if ((int)response.StatusCode >= 500) failures.Add($"{viewer} GET {url}: {(int)response.StatusCode}");
                }
                else
                {
                    var expected = viewer == Viewer.Anonymous ? HttpStatusCode.Redirect : rule.Expected(viewer);
                    if (response.StatusCode != expected) failures.Add($"{viewer} GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
                }
                // A zip is compressed: its contents are the JSON download's, which is searched as text.
                var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
                if (response.StatusCode != HttpStatusCode.OK || mediaType == "application/zip" || mediaType.StartsWith("image/", StringComparison.Ordinal)) continue;
                var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                foreach (var (field, renderings, _, _) in Secrets)
                    if (renderings.Any(r => body.Contains(r, StringComparison.Ordinal))) seen[viewer].TryAdd(field, url);
            }
        }

        foreach (var viewer in Enum.GetValues<Viewer>())
        foreach (var (field, _, allowed, shown) in Secrets)
        {
            if (seen[viewer].TryGetValue(field, out var where) && !allowed.Contains(viewer)) failures.Add($"{viewer} saw the {field} on {where}");
            if (!seen[viewer].ContainsKey(field) && shown.Contains(viewer)) failures.Add($"{viewer} found the {field} on no page");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Should_refuse_every_post_to_viewers_it_is_not_meant_for()
    {
        var target = await PlantAsync();
        var roles = await RolesOfViewersAsync(target.Relations);
        var failures = new List<string>();
        foreach (var viewer in Everyone)
        {
            var client = await target.Relations.ClientAsync(portal, viewer);
            var token = await client.AntiforgeryTokenAsync("/account/password");
            foreach (var endpoint in PortalEndpoint.All(portal.Services).Where(e => e.Method == "POST" && !e.AllowsAnonymous))
            {
                var rule = await RuleForAsync(endpoint, roles);
                var url = UrlOf(endpoint, target);
                if (rule is null || url is null) { failures.Add($"{endpoint}: no rule or no route values"); continue; }
                // Those it is meant for are not posted to here: an empty form would change real records. Their own tests cover them.
                if (rule.Allowed.Contains(viewer)) continue;
                var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
                if (response.StatusCode != rule.Refusal) failures.Add($"{viewer} POST {url}: expected {(int)rule.Refusal}, got {(int)response.StatusCode}");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    public static TheoryData<string, Viewer[]> Sections => new()
    {
        // The section's element id on the profile, and who sees it.
        { "personal", [Viewer.Self, Viewer.Hr] },
        { "job", [Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Admin] },
        { "timeline", [Viewer.Self, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr] },
        { "completeness", [Viewer.Self, Viewer.Hr] },
        { "context-warnings", [Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr] },
        { "skills", [Viewer.Self, Viewer.Peer, Viewer.Manager, Viewer.SkipLevelManager, Viewer.Hr, Viewer.Admin] },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Should_show_profile_section_only_to_viewers_it_is_meant_for(string section, Viewer[] allowed)
    {
        // The planted target has an open request, so the managers and HR have a context warning to see.
        var target = await PlantAsync();
        var failures = new List<string>();
        foreach (var viewer in Everyone)
        {
            var client = await target.Relations.ClientAsync(portal, viewer);
            var page = await client.GetStringAsync($"/employees/{target.Relations.TargetId}");
            var shown = page.Contains($"id=\"{section}\"", StringComparison.Ordinal);
            if (shown != allowed.Contains(viewer)) failures.Add($"{viewer}: section {section} {(shown ? "shown" : "hidden")}");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<Rule?> RuleForAsync(PortalEndpoint endpoint, IReadOnlyDictionary<Viewer, string[]> Roles)
    {
        if (Named.TryGetValue(endpoint.Action, out var named)) return named;
        var required = await RequiredRolesAsync(endpoint);
        if (required is not null) return new(Everyone.Where(v => Roles.GetValueOrDefault(v, []).Intersect(required).Any()).ToArray(), HttpStatusCode.Forbidden);
        // The viewer's own records: everyone has theirs; an id under /me must be the viewer's own, or it is "not found".
        if (endpoint.Pattern == "me" || endpoint.Pattern.StartsWith("me/", StringComparison.Ordinal))
            return endpoint.Pattern.Contains('{') ? new([Viewer.Self], HttpStatusCode.NotFound) : new(Everyone, HttpStatusCode.NotFound);
        return null;
    }

    /// <summary>The roles an endpoint's policy or [Authorize(Roles)] requires (any one is enough); null when it names none.</summary>
    private async Task<string[]?> RequiredRolesAsync(PortalEndpoint endpoint)
    {
        if (endpoint.Roles is { } roles) return roles.Split(',', StringSplitOptions.TrimEntries);
        if (endpoint.Policy is null) return null;
        var policy = await portal.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetPolicyAsync(endpoint.Policy);
        return policy?.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).ToArray();
    }

    /// <summary>The endpoint's address about the target: the target's id, account or change request fill its route.</summary>
    private static string? UrlOf(PortalEndpoint endpoint, Target target)
    {
        var parameters = Regex.Matches(endpoint.Pattern, @"\{(\w+)(:[^}]*)?\}");
        var path = endpoint.Pattern;
        foreach (Match parameter in parameters)
        {
            var value = ValueOf(parameter.Groups[1].Value, endpoint.Pattern, target);
            if (value is null) return null;
            path = path.Replace(parameter.Value, value, StringComparison.Ordinal);
        }
        return "/" + path;
    }

    private static string? ValueOf(string parameter, string pattern, Target target) => parameter switch
    {
        "userId" => target.UserId,
        "statusCode" => "404",
        "table" => "funnel",
        "token" => "not-a-candidate-token",
        "candidateId" => target.Opening.CandidateIds[0].ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("recruitment/talent-pool/", StringComparison.Ordinal) => target.Opening.CandidateIds[0].ToString(CultureInfo.InvariantCulture),
        "id" when pattern.Contains("change-requests/", StringComparison.Ordinal) => target.RequestId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("employees/", StringComparison.Ordinal) || pattern.StartsWith("directory/org/", StringComparison.Ordinal)
                  || pattern.StartsWith("team/", StringComparison.Ordinal)
            => target.Relations.TargetId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("me/notifications/reminders/", StringComparison.Ordinal) => target.DigestId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("me/notifications/", StringComparison.Ordinal) => target.NotificationId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("me/openings/", StringComparison.Ordinal) => target.Opening.OpeningId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("me/sessions/", StringComparison.Ordinal) => target.SessionId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("me/check-ins/", StringComparison.Ordinal) => target.CheckInId.ToString(CultureInfo.InvariantCulture),
        "planId" when pattern.StartsWith("onboarding/plans/", StringComparison.Ordinal) => target.Plan.PlanId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("recruitment/requisitions/", StringComparison.Ordinal) => target.RequisitionId.ToString(CultureInfo.InvariantCulture),
        // The careers pages are anonymous: they are opened to see that none fails, with a token no candidate holds.
        "id" or "openingId" or "applicationId" when pattern.StartsWith("careers/", StringComparison.Ordinal) => "1",
        "id" when pattern.StartsWith("recruitment/openings/", StringComparison.Ordinal) => target.Opening.OpeningId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("recruitment/candidates/", StringComparison.Ordinal) => target.Opening.CandidateIds[0].ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("recruitment/applications/", StringComparison.Ordinal) => target.Opening.ApplicationIds[0].ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("recruitment/offers/", StringComparison.Ordinal) => target.OfferId.ToString(CultureInfo.InvariantCulture),
        "offerId" => target.OfferId.ToString(CultureInfo.InvariantCulture),
        "documentId" => target.DocumentId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("recruitment/interviews/", StringComparison.Ordinal) => target.InterviewId.ToString(CultureInfo.InvariantCulture),
        // A demo template: the pages are HR's, whichever template they show.
        "id" when pattern.StartsWith("onboarding/templates/", StringComparison.Ordinal) => target.TemplateId.ToString(CultureInfo.InvariantCulture),
        "taskId" when pattern.StartsWith("onboarding/templates/", StringComparison.Ordinal) => target.TemplateTaskId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("onboarding/plans/", StringComparison.Ordinal) => target.Plan.PlanId.ToString(CultureInfo.InvariantCulture),
        "taskId" when pattern.StartsWith("onboarding/plans/", StringComparison.Ordinal) => target.Plan.TaskId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("learning/courses/", StringComparison.Ordinal) => target.Course.CourseId.ToString(CultureInfo.InvariantCulture),
        "sessionId" when pattern.StartsWith("learning/sessions/", StringComparison.Ordinal) => target.Place.SessionId.ToString(CultureInfo.InvariantCulture),
        // HR decides on the target's demo outside training, still waiting; the rest is about their first aid certificate.
        "id" when pattern.StartsWith("learning/records/", StringComparison.Ordinal) && (pattern.EndsWith("/refuse", StringComparison.Ordinal)
                                                                                         || pattern.EndsWith("/confirm", StringComparison.Ordinal))
            => target.OutsideTrainingId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("learning/records/", StringComparison.Ordinal) || pattern.StartsWith("me/learning/records/", StringComparison.Ordinal)
            => target.TrainingRecordId.ToString(CultureInfo.InvariantCulture),
        "sessionId" => target.Course.SessionId.ToString(CultureInfo.InvariantCulture),
        "requestId" or "placeId" => target.Place.RequestId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("me/learning/", StringComparison.Ordinal) => target.Place.RequestId.ToString(CultureInfo.InvariantCulture),
        "ruleId" => target.Course.RuleId.ToString(CultureInfo.InvariantCulture),
        "courseId" => target.Course.CourseId.ToString(CultureInfo.InvariantCulture),
        "employeeId" when pattern.StartsWith("learning/development/", StringComparison.Ordinal) => target.Relations.TargetId.ToString(CultureInfo.InvariantCulture),
        "employeeId" when pattern.StartsWith("reviews/goals/", StringComparison.Ordinal) => target.Relations.TargetId.ToString(CultureInfo.InvariantCulture),
        "goalId" when pattern.StartsWith("reviews/goals/", StringComparison.Ordinal) => target.Performance.GoalId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("reviews/one-on-ones/", StringComparison.Ordinal) => target.Performance.MeetingId.ToString(CultureInfo.InvariantCulture),
        "actionItemId" => target.Performance.ActionItemId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("reviews/cycles/", StringComparison.Ordinal) && pattern.EndsWith("/feedback", StringComparison.Ordinal)
            => target.PeerFeedback.CycleId.ToString(CultureInfo.InvariantCulture),
        "id" when Regex.IsMatch(pattern, @"^reviews/\{id[^}]*\}/(peers|feedback)") => target.PeerFeedback.ReviewId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("reviews/cycles/", StringComparison.Ordinal) && pattern.EndsWith("/calibration", StringComparison.Ordinal)
            => target.Calibration.CycleId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("reviews/", StringComparison.Ordinal) && pattern.EndsWith("/calibrate", StringComparison.Ordinal)
            => target.Calibration.ReviewId.ToString(CultureInfo.InvariantCulture),
        "id" when Regex.IsMatch(pattern, @"^reviews/\{id") => target.ReviewId.ToString(CultureInfo.InvariantCulture),
        "goalId" => target.Development.GoalId.ToString(CultureInfo.InvariantCulture),
        "plannedId" => target.Development.PlannedCourseId.ToString(CultureInfo.InvariantCulture),
        // The positions' pages are HR's, whichever position they show.
        "id" when pattern.StartsWith("reviews/cycles/", StringComparison.Ordinal) => target.ReviewCycleId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("learning/positions/", StringComparison.Ordinal) => target.Development.PositionId.ToString(CultureInfo.InvariantCulture),
        "nominationId" => target.PeerFeedback.NominationId.ToString(CultureInfo.InvariantCulture),
        "employeeId" when pattern.StartsWith("compensation/people/", StringComparison.Ordinal) => target.Relations.TargetId.ToString(CultureInfo.InvariantCulture),
        "recordId" when pattern.StartsWith("compensation/people/", StringComparison.Ordinal) => target.SalaryRecordId.ToString(CultureInfo.InvariantCulture),
        "cycleId" when pattern.StartsWith("compensation/cycles/", StringComparison.Ordinal) => target.CompensationCycleId.ToString(CultureInfo.InvariantCulture),
        "id" or "departmentId" when pattern.StartsWith("compensation/cycles/", StringComparison.Ordinal) => target.CompensationCycleId.ToString(CultureInfo.InvariantCulture),
        "allowanceId" when pattern.StartsWith("compensation/people/", StringComparison.Ordinal) => target.Pay.AllowanceId.ToString(CultureInfo.InvariantCulture),
        "enrolmentId" when pattern.StartsWith("compensation/people/", StringComparison.Ordinal) => target.Pay.EnrolmentId.ToString(CultureInfo.InvariantCulture),
        // The bands and the benefits catalogue are HR's, whichever band or benefit they show.
        "id" when pattern.StartsWith("compensation/bands/", StringComparison.Ordinal) => target.Pay.BandId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("compensation/benefits/", StringComparison.Ordinal) => target.Pay.BenefitId.ToString(CultureInfo.InvariantCulture),
        "id" when pattern.StartsWith("cases/", StringComparison.Ordinal) => target.CaseId.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private async Task<Dictionary<Viewer, string[]>> RolesOfViewersAsync(Relations relations)
    {
        var emails = relations.Emails.Where(e => e.Value is not null).ToDictionary(e => e.Value!, e => e.Key);
        var roles = await portal.QueryDbAsync(db => db.UserRoles
            .Join(db.Users, ur => ur.UserId, u => u.Id, (ur, u) => new { ur.RoleId, u.Email })
            .Join(db.Roles, x => x.RoleId, r => r.Id, (x, r) => new { x.Email, r.Name })
            .Where(x => emails.Keys.Contains(x.Email!)).ToListAsync());
        return roles.GroupBy(r => emails[r.Email!]).ToDictionary(g => g.Key, g => g.Select(r => r.Name!).ToArray());
    }

    /// <summary>
    /// Plants the values through the portal itself, once per test class: the person edits their profile and asks for
    /// changes, HR approves one request and rejects another with a reason, and records that the person is leaving.
    /// </summary>
    private async Task<Target> PlantAsync()
    {
        var relations = await Relations.FindAsync(portal);
        var id = relations.TargetId;
        var userId = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == id).Select(e => e.UserId!).SingleAsync());
        int ApprovedRequest(ErmPortal.Data.ErmDbContext db) => db.ChangeRequests
            .Where(r => r.EmployeeId == id && r.Items.Any(i => i.Field == SensitiveField.BankAccount)).Select(r => r.Id).FirstOrDefault();
        var requestId = await portal.QueryDbAsync(db => Task.FromResult(ApprovedRequest(db)));
        if (requestId != 0) return await TargetAsync(relations, userId, requestId);

        var self = await relations.ClientAsync(portal, Viewer.Self);
        await self.PostFileAsync("/me/profile", "/me/photo", "Photo", "me.png", "image/png", PhotoTests.Png);
        var profile = await self.FormFieldsAsync("/me/profile");
        profile["PersonalEmail"] = PersonalEmail;
        profile["PersonalPhone"] = PersonalPhone;
        profile["CareerAspirations"] = CareerAspiration;
        profile["EmergencyContacts[0].Name"] = EmergencyContact;
        profile["EmergencyContacts[0].Relationship"] = "Brother";
        profile["EmergencyContacts[0].Phone"] = "0161 496 0000";
        Assert.Equal(HttpStatusCode.Redirect, (await self.PostFormAsync("/me/profile", "/me/profile", profile)).StatusCode);

        var details = await self.FormFieldsAsync("/me/change-requests/new");
        details["HomeAddress"] = HomeAddress;
        details["DateOfBirth"] = DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        details["NationalId"] = NationalId;
        details["BankAccount"] = BankAccount;
        Assert.Equal(HttpStatusCode.Redirect, (await self.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", details)).StatusCode);
        requestId = await portal.QueryDbAsync(db => Task.FromResult(ApprovedRequest(db)));

        var hr = await relations.ClientAsync(portal, Viewer.Hr);
        await DecideAsync(hr, requestId, approve: true, reason: "");
        var rename = await self.FormFieldsAsync("/me/change-requests/new");
        rename["LegalLastName"] += "-Vale";
        Assert.Equal(HttpStatusCode.Redirect, (await self.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", rename)).StatusCode);
        var renameId = await portal.QueryDbAsync(db => db.ChangeRequests.Where(r => r.EmployeeId == id && r.Status == ChangeRequestStatus.Pending)
            .OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        await DecideAsync(hr, renameId, approve: false, reason: RejectionReason);
        // One request left open, for the managers' context warning.
        var open = await self.FormFieldsAsync("/me/change-requests/new");
        open["LegalFirstName"] += "-Jo";
        Assert.Equal(HttpStatusCode.Redirect, (await self.PostFormAsync("/me/change-requests/new", "/me/change-requests/new", open)).StatusCode);

        var leaving = await hr.FormFieldsAsync($"/employees/{id}/leaving");
        leaving["LastDay"] = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        leaving["Reason"] = LeavingReason;
        leaving["Voluntary"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync($"/employees/{id}/leaving", $"/employees/{id}/leaving", leaving)).StatusCode);
        // A reminder digest of the target's own, so the digest page has someone else's id to refuse.
        await portal.QueryDbAsync(db =>
        {
            db.Set<ReminderDigest>().Add(new ReminderDigest { UserId = userId, Day = new DateOnly(2026, 1, 5), CreatedAtUtc = DateTime.UtcNow, Items = "[]" });
            return db.SaveChangesAsync();
        });
        return await TargetAsync(relations, userId, requestId);
    }

    /// <summary>
    /// The target with the ids of their own notification, reminder digest and session, which only they may open or end,
    /// and of a requisition their manager asked for; and an opening their manager hires for, which they interview for, with one
    /// candidate who has an offer and an interview the target holds.
    /// </summary>
    private async Task<Target> TargetAsync(Relations relations, string userId, int requestId)
    {
        var (opening, offerId, interviewId) = await OpeningOfAsync(relations);
        // A demo template with a document to read, so its download is opened, not refused as missing.
        var template = await portal.QueryDbAsync(db => db.Set<TemplateTask>().Where(t => t.DocumentKey != null)
            .Join(db.Set<TemplateVersion>(), t => t.TemplateVersionId, v => v.Id, (t, v) => new { v.TemplateId, t.Id }).OrderBy(t => t.Id).FirstAsync());
        return new(relations, userId, requestId,
            await portal.QueryDbAsync(db => db.Set<Notification>().Where(n => n.RecipientUserId == userId).Select(n => n.Id).FirstAsync()),
            await portal.QueryDbAsync(db => db.Set<ReminderDigest>().Where(d => d.UserId == userId).Select(d => d.Id).FirstAsync()),
            await portal.QueryDbAsync(db => db.Set<UserSession>().Where(s => s.UserId == userId).Select(s => s.Id).FirstAsync()),
            await RequisitionOfAsync(relations.Emails[Viewer.Manager]!), opening, offerId, interviewId, await PlanOfAsync(relations),
            template.TemplateId,
            await CheckInOfAsync(relations),
            await portal.QueryDbAsync(db => db.Set<EmployeeDocument>().Where(d => d.EmployeeId == relations.TargetId && d.Visibility == DocumentVisibility.PersonAndHr)
                .OrderBy(d => d.Id).Select(d => d.Id).FirstAsync()),
            template.Id,
            await portal.QueryDbAsync(db => db.Set<MandatoryRule>()
                .Where(r => r.Course.ArchivedAtUtc == null && r.Course.Sessions.Any(s => s.CancelledAtUtc == null))
                .OrderBy(r => r.Id)
                .Select(r => new PlantedCourse(r.CourseId, r.Course.Sessions.Where(s => s.CancelledAtUtc == null).Min(s => s.Id), r.Id)).FirstAsync()),
            await PlaceOfAsync(relations),
            await portal.QueryDbAsync(db => db.Set<TrainingRecord>().Where(r => r.EmployeeId == relations.TargetId && r.CertificateFileKey != null)
                .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync()),
            await portal.QueryDbAsync(db => db.Set<TrainingRecord>().Where(r => r.EmployeeId == relations.TargetId && r.ConfirmedAtUtc == null && r.RefusedAtUtc == null)
                .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync()),
            await portal.QueryDbAsync(db => db.Set<DevelopmentPlan>().Where(p => p.EmployeeId == relations.TargetId)
                .Select(p => new PlantedDevelopment(p.Goals.Min(g => g.Id), p.Courses.Min(c => c.Id), p.Employee.PositionId)).SingleAsync()),
            await ReviewOfAsync(relations),
            await DraftCycleAsync(),
            await PerformanceOfAsync(relations),
            await PeerFeedbackOfAsync(relations))
        {
            Calibration = await CalibrationOfAsync(relations),
            SalaryRecordId = await SalaryOfAsync(relations),
            CompensationCycleId = await portal.QueryDbAsync(db => db.Set<CompensationCycle>().Where(c => c.Status == CompensationCycleStatus.Open)
                .Select(c => c.Id).FirstAsync()),
            Pay = await PayOfAsync(relations),
            CaseId = await CaseOfAsync(relations),
        };
    }

    /// <summary>An allowance and a benefit enrolment for the target, written once per portal, with the first demo band and benefit.</summary>
    private Task<PlantedPay> PayOfAsync(Relations relations) => portal.QueryDbAsync(async db =>
    {
        const string note = "Matrix allowance";
        var benefitId = await db.Set<Benefit>().OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        var bandId = await db.Set<PayBand>().OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        var allowance = await db.Set<Allowance>().FirstOrDefaultAsync(a => a.EmployeeId == relations.TargetId && a.Note == note);
        if (allowance is null)
        {
            allowance = new Allowance
            {
                EmployeeId = relations.TargetId, Kind = AllowanceKind.Other, MonthlyAmountMinor = 1_000, Currency = "EUR", Note = note,
                StartsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1),
            };
            db.Add(allowance);
            await db.SaveChangesAsync();
        }
        var enrolmentId = await db.Set<BenefitEnrolment>().Where(e => e.EmployeeId == relations.TargetId).OrderBy(e => e.Id).Select(e => e.Id).FirstOrDefaultAsync();
        if (enrolmentId == 0)
        {
            var enrolment = new BenefitEnrolment { EmployeeId = relations.TargetId, BenefitId = benefitId, StartsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1) };
            db.Add(enrolment);
            await db.SaveChangesAsync();
            enrolmentId = enrolment.Id;
        }
        return new PlantedPay(allowance.Id, enrolmentId, bandId, benefitId);
    });

    /// <summary>An open grievance about the target, owned by the demo HR person, with a note; once per portal.</summary>
    private Task<int> CaseOfAsync(Relations relations) => portal.QueryDbAsync(async db =>
    {
        var existing = await db.Set<HrCase>().Where(c => c.Summary == CaseSummary).Select(c => c.Id).FirstOrDefaultAsync();
        if (existing != 0) return existing;
        var owner = await db.Employees.Where(e => e.WorkEmail == relations.Emails[Viewer.Hr]).Select(e => e.Id).SingleAsync();
        var hrCase = new HrCase
        {
            EmployeeId = relations.TargetId, Kind = CaseKind.Grievance, Summary = CaseSummary, OwnerId = owner,
            OpenedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2), CreatedAtUtc = DateTime.UtcNow,
        };
        hrCase.AddNote(CaseNote, "Matrix HR", DateTime.UtcNow);
        db.Add(hrCase);
        await db.SaveChangesAsync();
        return hrCase.Id;
    });

    /// <summary>A merit raise to <see cref="PlantedSalary"/> for the target, in force since yesterday; once per portal.</summary>
    private Task<int> SalaryOfAsync(Relations relations) => portal.QueryDbAsync(async db =>
    {
        var amount = PlantedSalary * 100;
        var existing = await db.Set<SalaryRecord>().Where(s => s.EmployeeId == relations.TargetId && s.AmountMinor == amount).Select(s => s.Id).FirstOrDefaultAsync();
        if (existing != 0) return existing;
        var record = new SalaryRecord
        {
            EmployeeId = relations.TargetId, EffectiveOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), AmountMinor = amount, Currency = "EUR",
            Frequency = PayFrequency.Annual, Reason = SalaryChangeReason.Merit, CreatedAtUtc = DateTime.UtcNow,
        };
        db.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    });

    /// <summary>A cycle in calibration holding the target's review, rated by their manager; once per portal.</summary>
    private async Task<(int CycleId, int ReviewId)> CalibrationOfAsync(Relations relations)
    {
        const string name = "Matrix calibration";
        var existing = await portal.QueryDbAsync(db => db.Set<ErmPortal.Data.Reviews.Review>().Where(r => r.Cycle.Name == name)
            .Select(r => new { r.CycleId, r.Id }).FirstOrDefaultAsync());
        if (existing is not null) return (existing.CycleId, existing.Id);
        var target = await portal.QueryDbAsync(db => db.Employees.Where(e => e.Id == relations.TargetId).Select(e => new { e.ManagerId, e.DepartmentId }).SingleAsync());
        var (cycleId, reviews) = await portal.PlantCycleAsync(name, ErmPortal.Data.Reviews.ReviewPhase.Calibration,
            [new PlantedReview(relations.TargetId, target.ManagerId, target.DepartmentId, PlantedState.Rated, 3)]);
        return (cycleId, reviews[0]);
    }

    /// <summary>The target's review in a cycle of its own at the self-assessment, written by their direct manager; once per portal.</summary>
    private Task<int> ReviewOfAsync(Relations relations) => portal.QueryDbAsync(async db =>
    {
        const string name = "Matrix review cycle";
        if (await db.Set<Review>().Where(r => r.Cycle.Name == name).Select(r => r.Id).FirstOrDefaultAsync() is var existing and not 0) return existing;
        var target = await db.Employees.SingleAsync(e => e.Id == relations.TargetId);
        var cycle = new ReviewCycle { Name = name, PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 12, 31), CreatedAtUtc = DateTime.UtcNow };
        cycle.StartAt(ReviewPhase.SelfAssessment, DateTime.UtcNow);
        var review = new Review { Cycle = cycle, EmployeeId = target.Id, ReviewerId = target.ManagerId, DepartmentId = target.DepartmentId };
        db.Add(review);
        await db.SaveChangesAsync();
        return review.Id;
    });

    /// <summary>A draft review cycle for the target alone, once per portal: every cycle page is HR's, and a draft has them all (its edit form too).</summary>
    private Task<int> DraftCycleAsync() => portal.QueryDbAsync(async db =>
    {
        const string name = "Matrix cycle";
        if (await db.Set<ReviewCycle>().Where(c => c.Name == name).Select(c => (int?)c.Id).FirstOrDefaultAsync() is { } existing) return existing;
        var cycle = new ReviewCycle
        {
            Name = name, PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 12, 31), CreatedAtUtc = DateTime.UtcNow,
            RatingLevels = ReviewCycle.DefaultScale.Select(l => new ReviewRatingLevel { Value = l.Value, Label = l.Label, GuidelinePercent = l.GuidelinePercent }).ToList(),
            Competencies = [new ReviewCompetency { Name = "Collaboration" }],
        };
        db.Add(cycle);
        await db.SaveChangesAsync();
        return cycle.Id;
    });


    /// <summary>The target's demo goal and latest held 1:1, on which their manager keeps a private note (written once per portal).</summary>
    private Task<PlantedPerformance> PerformanceOfAsync(Relations relations) => portal.QueryDbAsync(async db =>
    {
        var goalId = await db.Set<PerformanceGoal>().Where(g => g.EmployeeId == relations.TargetId).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        var meeting = await db.Set<OneOnOne>().Where(m => m.EmployeeId == relations.TargetId && m.ScheduledAtUtc < DateTime.UtcNow && m.ActionItems.Any())
            .OrderByDescending(m => m.ScheduledAtUtc).Select(m => new { m.Id, m.ManagerId, ActionItemId = m.ActionItems.Min(a => a.Id) }).FirstAsync();
        var note = await db.Set<OneOnOnePrivateNote>().FirstOrDefaultAsync(n => n.MeetingId == meeting.Id && n.AuthorId == meeting.ManagerId);
        if (note is null) db.Add(new OneOnOnePrivateNote { MeetingId = meeting.Id, AuthorId = meeting.ManagerId, Text = ManagersPrivateNote, UpdatedAtUtc = DateTime.UtcNow });
        else note.Text = ManagersPrivateNote;
        await db.SaveChangesAsync();
        return new PlantedPerformance(goalId, meeting.Id, meeting.ActionItemId);
    });

    /// <summary>The target's review in a running cycle with 360° feedback, reviewed by their manager, with the peer asked and approved.</summary>
    private Task<PlantedPeerFeedback> PeerFeedbackOfAsync(Relations relations) => portal.QueryDbAsync(async db =>
    {
        const string name = "Matrix 360 cycle";
        if (await db.Set<PeerNomination>().Where(n => n.Review.Cycle.Name == name)
                .Select(n => new PlantedPeerFeedback(n.Review.CycleId, n.ReviewId, n.Id)).FirstOrDefaultAsync() is { } existing)
            return existing;
        var person = await db.Employees.SingleAsync(e => e.Id == relations.TargetId);
        var peer = await db.Employees.SingleAsync(e => e.WorkEmail == relations.Emails[Viewer.Peer]);
        var cycle = new ReviewCycle { Name = name, IncludesPeerFeedback = true, CreatedAtUtc = DateTime.UtcNow, PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 12, 31) };
        cycle.StartAt(ReviewPhase.PeerFeedback, DateTime.UtcNow);
        var review = new Review { Cycle = cycle, EmployeeId = person.Id, ReviewerId = person.ManagerId, DepartmentId = person.DepartmentId };
        var nomination = new PeerNomination { Review = review, PeerId = peer.Id, NominatedAtUtc = DateTime.UtcNow };
        nomination.Decide(true, cycle, DateTime.UtcNow);
        nomination.TakeDomainEvents();
        db.Add(nomination);
        await db.SaveChangesAsync();
        return new PlantedPeerFeedback(cycle.Id, review.Id, nomination.Id);
    });

    /// <summary>The target asks for a place on a planted course's coming session, once per portal.</summary>
    private Task<PlantedPlace> PlaceOfAsync(Relations relations) => portal.QueryDbAsync(async db =>
    {
        const string title = "Matrix course";
        if (await db.Set<Enrolment>().Where(e => e.Course.Title == title && e.EmployeeId == relations.TargetId)
                .Select(e => new PlantedPlace(e.Id, e.SessionId!.Value)).FirstOrDefaultAsync() is { } existing)
            return existing;
        var course = new Course { Title = title, Provider = "Matrix Academy", Hours = 1, CreatedAtUtc = DateTime.UtcNow };
        var session = new CourseSession
        {
            StartsAtUtc = DateTime.UtcNow.AddDays(30), EndsAtUtc = DateTime.UtcNow.AddDays(30).AddHours(2), TimeZoneId = "UTC", Place = "Room Turing", Capacity = 4,
        };
        course.Sessions.Add(session);
        var place = new Enrolment { EmployeeId = relations.TargetId, Course = course, Session = session, Status = EnrolmentStatus.Requested, RequestedAtUtc = DateTime.UtcNow };
        db.Add(place);
        await db.SaveChangesAsync();
        return new PlantedPlace(place.Id, session.Id);
    });

    /// <summary>A check-in the target is asked to answer today, on their running plan.</summary>
    private Task<int> CheckInOfAsync(Relations relations) => portal.QueryDbAsync(async db =>
    {
        var id = relations.TargetId;
        var planId = await db.Set<JourneyPlan>().Where(p => p.EmployeeId == id && p.Status == PlanStatus.Running).Select(p => p.Id).FirstAsync();
        if (await db.Set<CheckIn>().Where(c => c.PlanId == planId && c.RespondentId == id).Select(c => c.Id).FirstOrDefaultAsync() is var existing and not 0)
            return existing;
        var checkIn = new CheckIn { PlanId = planId, DayMark = 30, Respondent = CheckInRespondent.Employee, RespondentId = id, DueDate = DateOnly.FromDateTime(DateTime.UtcNow) };
        db.Add(checkIn);
        await db.SaveChangesAsync();
        return checkIn.Id;
    });

    private async Task<PlantedPlan> PlanOfAsync(Relations relations)
    {
        var id = relations.TargetId;
        var existing = await portal.QueryDbAsync(db => db.Set<JourneyPlan>().Where(p => p.EmployeeId == id && p.Kind == JourneyKind.Offboarding)
            .Select(p => new { p.Id, TaskId = p.Tasks.Where(t => t.DocumentKey != null).Select(t => (int?)t.Id).FirstOrDefault() }).SingleAsync());
        if (existing.TaskId is { } taskId) return new PlantedPlan(existing.Id, taskId);
        var key = await portal.AsUserAsync(null, services => services.GetRequiredService<ErmPortal.Web.Infrastructure.Files.IFileStorage>()
            .SaveAsync(new MemoryStream("%PDF-1.4 matrix policy"u8.ToArray()), "onboarding", ".pdf", default));
        return await portal.QueryDbAsync(async db =>
        {
            var plan = await db.Set<JourneyPlan>().Include(p => p.Tasks).SingleAsync(p => p.Id == existing.Id);
            var task = plan.AddTask(new TemplateTask { Title = "Read the leavers' policy", Owner = TaskOwner.Employee, DocumentKey = key, DocumentName = "Leavers policy" }, id);
            await db.SaveChangesAsync();
            return new PlantedPlan(plan.Id, task.Id);
        });
    }

    /// <summary>
    /// An opening the target's manager hires for and the target interviews for, with one candidate whose application has a CV,
    /// has reached the offer stage with a draft offer, and has an interview the target holds.
    /// </summary>
    private async Task<(PlantedOpening Opening, int OfferId, int InterviewId)> OpeningOfAsync(Relations relations)
    {
        const string title = "Opening of the authorization matrix";
        var existing = await portal.QueryDbAsync(db => db.Set<Offer>().Where(o => o.YearlySalary == OfferSalary)
            .Select(o => new { o.Id, o.ApplicationId, o.Application.OpeningId, o.Application.Opening.RequisitionId, o.Application.CandidateId,
                InterviewId = db.Set<Interview>().Where(i => i.ApplicationId == o.ApplicationId).Select(i => i.Id).First() }).FirstOrDefaultAsync());
        if (existing is not null)
            return (new PlantedOpening(existing.OpeningId, existing.RequisitionId, [existing.ApplicationId], [existing.CandidateId]), existing.Id, existing.InterviewId);
        var opening = await portal.PlantOpeningAsync(relations.Emails[Viewer.Manager]!, [relations.Emails[Viewer.Self]!], 1, "matrix", title: title);
        var key = await portal.AsUserAsync(null, services => services.GetRequiredService<ErmPortal.Web.Infrastructure.Files.IFileStorage>()
            .SaveAsync(new MemoryStream("%PDF-1.4 matrix"u8.ToArray()), "cvs", ".pdf", default));
        var (offerId, interviewId) = await portal.QueryDbAsync(async db =>
        {
            var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.StageVisits)
                .Include(a => a.Opening).ThenInclude(o => o.Stages).Include(a => a.Opening).ThenInclude(o => o.Requisition)
                .SingleAsync(a => a.Id == opening.ApplicationIds[0]);
            (application.CvFileKey, application.CvFileName, application.CvContentType) = (key, "cv.pdf", "application/pdf");
            var interview = Interview.Schedule(application, relations.TargetId,
                new InterviewPlan(DateTime.UtcNow.AddDays(3), 60, "Room Matrix", null, [relations.TargetId]), DateTime.UtcNow);
            application.MoveTo(application.Opening.Stages.Single(s => s.Kind == StageKind.Offer), null, DateTime.UtcNow);
            var offer = Offer.Draft(application, application.Opening.Requisition, OfferSalary, "EUR", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
                application.Opening.PositionId, null, "planted", DateTime.UtcNow);
            db.AddRange(interview, offer);
            await db.SaveChangesAsync();
            return (offer.Id, interview.Id);
        });
        return (opening, offerId, interviewId);
    }

    private Task<int> RequisitionOfAsync(string managerEmail) => portal.QueryDbAsync(async db =>
    {
        var manager = await db.Employees.SingleAsync(e => e.WorkEmail == managerEmail);
        if (await db.Set<Requisition>().Where(r => r.RequestedById == manager.Id).Select(r => r.Id).FirstOrDefaultAsync() is var id and not 0) return id;
        var requisition = new Requisition
        {
            PositionId = manager.PositionId, DepartmentId = manager.DepartmentId, LocationId = manager.LocationId, Headcount = 1,
            SalaryFrom = 40_000m, SalaryTo = 50_000m, TargetStartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2),
            RequestedById = manager.Id, RequestedAtUtc = DateTime.UtcNow,
        };
        db.Set<Requisition>().Add(requisition);
        await db.SaveChangesAsync();
        return requisition.Id;
    });

    private static async Task DecideAsync(HttpClient hr, int requestId, bool approve, string reason)
    {
        var url = $"/change-requests/{requestId}";
        var version = Regex.Match(await hr.GetStringAsync(url), "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await hr.PostFormAsync(url, url, new() { ["Approve"] = approve ? "true" : "false", ["Reason"] = reason, ["Version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
