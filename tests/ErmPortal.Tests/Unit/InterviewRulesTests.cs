using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Recruitment.Interviews;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace ErmPortal.Tests.Unit;

/// <summary>Who reads which scorecard, and the calendar invite as a calendar reads it back.</summary>
public class InterviewRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private const int Ana = 11, Ben = 12, Cleo = 13, Outsider = 99;

    private static Interview AnInterview(params int[] panel)
    {
        var opening = new Opening { Title = "Data engineer", Stages = Opening.DefaultStages() };
        // Stages told apart by id, as the database would number them.
        foreach (var stage in opening.Stages) stage.Id = stage.Order;
        opening.Publish(Now.AddDays(-10));
        var candidate = Candidate.Create("Rosa", "Lind", "rosa@example.org", Now);
        var application = JobApplication.Receive(opening, opening.Stages[0], candidate, CandidateSource.CareersPage, Now.AddDays(-5));
        return Interview.Schedule(application, Ana, new InterviewPlan(Now.AddDays(2), 60, "Room 4", null, panel), Now);
    }

    private static Scorecard Card(Interview interview, int author, bool submit)
    {
        var card = Scorecard.Start(interview, author, Scorecard.DefaultCriteria, Now);
        card.Save(Scorecard.DefaultCriteria.Select(_ => ((int?)4, (string?)"fine")).ToList(), Recommendation.Yes, "Good", submit, Now);
        return card;
    }

    private static List<int> AuthorsSeenBy(ScorecardReader reader, IEnumerable<Scorecard> cards) =>
        cards.AsQueryable().Where(reader.Visible()).Select(c => c.InterviewerId).OrderBy(id => id).ToList();

    [Fact]
    public void Should_show_an_interviewer_only_their_own_scorecard_when_they_have_not_submitted_it()
    {
        var interview = AnInterview(Ana, Ben, Cleo);
        var cards = new[] { Card(interview, Ana, submit: false), Card(interview, Ben, submit: true), Card(interview, Cleo, submit: true) };

        Assert.Equal([Ana], AuthorsSeenBy(new ScorecardReader(Ana, SeesAllSubmitted: false, SubmittedOwn: false), cards));
    }

    [Fact]
    public void Should_show_an_interviewer_the_others_submitted_scorecards_but_no_draft_when_they_have_submitted_their_own()
    {
        var interview = AnInterview(Ana, Ben, Cleo);
        var cards = new[] { Card(interview, Ana, submit: true), Card(interview, Ben, submit: true), Card(interview, Cleo, submit: false) };

        Assert.Equal([Ana, Ben], AuthorsSeenBy(new ScorecardReader(Ana, SeesAllSubmitted: false, SubmittedOwn: true), cards));
    }

    [Fact]
    public void Should_show_hr_and_the_hiring_manager_every_submitted_scorecard_and_no_draft_when_they_decide()
    {
        var interview = AnInterview(Ana, Ben, Cleo);
        var cards = new[] { Card(interview, Ana, submit: true), Card(interview, Ben, submit: false), Card(interview, Cleo, submit: true) };

        Assert.Equal([Ana, Cleo], AuthorsSeenBy(new ScorecardReader(Outsider, SeesAllSubmitted: true, SubmittedOwn: false), cards));
    }

    [Fact]
    public void Should_refuse_to_change_a_scorecard_when_it_was_submitted()
    {
        var card = Card(AnInterview(Ana), Ana, submit: true);

        var error = Assert.Throws<DomainRuleException>(() =>
            card.Save(Scorecard.DefaultCriteria.Select(_ => ((int?)1, (string?)null)).ToList(), Recommendation.StrongNo, null, submit: false, Now));
        Assert.Contains("submitted", error.Message);
        Assert.Equal(Recommendation.Yes, card.Recommendation);
    }

    [Fact]
    public void Should_refuse_to_submit_a_scorecard_when_a_criterion_is_not_rated()
    {
        var card = Scorecard.Start(AnInterview(Ana), Ana, Scorecard.DefaultCriteria, Now);
        var ratings = Scorecard.DefaultCriteria.Select((_, i) => (i == 2 ? null : (int?)3, (string?)null)).ToList();

        Assert.Throws<DomainRuleException>(() => card.Save(ratings, Recommendation.No, null, submit: true, Now));
        Assert.False(card.IsSubmitted);
    }

    [Fact]
    public void Should_refuse_a_scorecard_when_the_author_was_not_on_the_panel()
    {
        Assert.Throws<DomainRuleException>(() => Scorecard.Start(AnInterview(Ana, Ben), Cleo, Scorecard.DefaultCriteria, Now));
    }

    [Fact]
    public void Should_refuse_an_interview_when_the_application_has_ended()
    {
        var interview = AnInterview(Ana);
        var application = interview.Application;
        application.MoveTo(application.Opening.Stages.Single(s => s.Kind == StageKind.Rejected), "Not the right fit", Now);

        Assert.Throws<DomainRuleException>(() =>
            Interview.Schedule(application, Ana, new InterviewPlan(Now.AddDays(3), 45, "Room 1", null, [Ana]), Now));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("meet.example.com/abc")]
    public void Should_refuse_a_video_link_when_it_is_not_a_web_address(string link)
    {
        var interview = AnInterview(Ana);
        Assert.Throws<DomainRuleException>(() => interview.Reschedule(new InterviewPlan(Now.AddDays(3), 45, null, link, [Ana]), Now));
    }

    private static InviteFacts Facts(Interview interview) => new(interview.CalendarUid, interview.Sequence, interview.Status == InterviewStatus.Cancelled,
        "Interview: Rosa Lind for Data engineer", interview.StartsAtUtc, interview.EndsAtUtc, interview.Place, interview.VideoLink,
        new InviteePerson("Ana Organiser", "ana@erm.test"), [new InviteePerson("Ben Panel", "ben@erm.test")]);

    private static (Calendar Calendar, CalendarEvent Event) Parse(string ics)
    {
        var calendar = Calendar.Load(ics)!;
        return (calendar, Assert.Single(calendar.Events));
    }

    [Fact]
    public void Should_keep_the_uid_and_raise_the_sequence_when_an_interview_is_rescheduled_and_cancelled()
    {
        var interview = AnInterview(Ana, Ben);
        var (firstCalendar, first) = Parse(InterviewCalendar.Write(Facts(interview), Now));

        interview.Reschedule(new InterviewPlan(new DateTime(2026, 12, 4, 13, 30, 0, DateTimeKind.Utc), 90, null, "https://meet.example.com/rosa", [Ana, Ben]), Now);
        var (movedCalendar, moved) = Parse(InterviewCalendar.Write(Facts(interview), Now.AddHours(1)));
        interview.Cancel(Now.AddHours(2));
        var (cancelledCalendar, cancelled) = Parse(InterviewCalendar.Write(Facts(interview), Now.AddHours(2)));

        Assert.Equal(first.Uid, moved.Uid);
        Assert.Equal(first.Uid, cancelled.Uid);
        Assert.True(first.Sequence < moved.Sequence && moved.Sequence < cancelled.Sequence, $"{first.Sequence}, {moved.Sequence}, {cancelled.Sequence}");
        Assert.Equal("REQUEST", firstCalendar.Method);
        Assert.Equal("REQUEST", movedCalendar.Method);
        Assert.Equal("CANCEL", cancelledCalendar.Method);
        Assert.Equal("CANCELLED", cancelled.Status);
    }

    [Fact]
    public void Should_write_the_times_in_utc_with_the_place_organizer_and_attendees_when_an_invite_is_downloaded()
    {
        var interview = AnInterview(Ana, Ben);
        interview.Reschedule(new InterviewPlan(new DateTime(2026, 12, 4, 13, 30, 0, DateTimeKind.Utc), 90, "Room 4", "https://meet.example.com/rosa", [Ana, Ben]), Now);
        var ics = InterviewCalendar.Write(Facts(interview), Now);

        Assert.Contains("DTSTART:20261204T133000Z", ics);
        Assert.Contains("DTEND:20261204T150000Z", ics);
        var (_, meeting) = Parse(ics);
        Assert.Equal(new DateTime(2026, 12, 4, 13, 30, 0, DateTimeKind.Utc), meeting.DtStart!.AsUtc);
        Assert.Equal("Room 4", meeting.Location);
        Assert.Equal(new Uri("https://meet.example.com/rosa"), meeting.Url);
        Assert.Equal("Interview: Rosa Lind for Data engineer", meeting.Summary);
        Assert.Equal("mailto:ana@erm.test", meeting.Organizer!.Value!.ToString(), ignoreCase: true);
        Assert.Equal("Ben Panel", Assert.Single(meeting.Attendees).CommonName);
    }
}
