using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>
/// The interview as a calendar invite (.ics) for the hiring team: the same UID for the whole life of the interview and a
/// sequence that grows with each change, so importing a newer invite moves or cancels the event already there.
/// </summary>
public static class DownloadInvite
{
    public record Query(int InterviewId) : IRequest<Invite>;

    public record Invite(string FileName, string Content);

    public class Handler(ErmDbContext db, OpeningAccess access, IClock clock, IStringLocalizer<RecruitmentResource> l) : IRequestHandler<Query, Invite>
    {
        public async Task<Invite> Handle(Query request, CancellationToken ct)
        {
            var interview = await db.Set<Interview>().Where(i => i.Id == request.InterviewId)
                .Select(i => new
                {
                    i.Application.OpeningId, OpeningTitle = i.Application.Opening.Title,
                    Candidate = i.Application.Candidate.FirstName + " " + i.Application.Candidate.LastName,
                    i.CalendarUid, i.Sequence, i.StartsAtUtc, i.DurationMinutes, i.Place, i.VideoLink, i.Status,
                    Organizer = new InviteePerson((i.Organizer.PreferredName ?? i.Organizer.LegalFirstName) + " " + i.Organizer.LegalLastName, i.Organizer.WorkEmail),
                    Interviewers = i.Interviewers.Select(p => new InviteePerson(
                        (p.Employee.PreferredName ?? p.Employee.LegalFirstName) + " " + p.Employee.LegalLastName, p.Employee.WorkEmail)).ToList(),
                }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            await access.RequireAsync(interview.OpeningId, OpeningOperations.ViewCandidates, ct);
            var facts = new InviteFacts(interview.CalendarUid, interview.Sequence, interview.Status == InterviewStatus.Cancelled,
                l["Interview: {0} for {1}", interview.Candidate, interview.OpeningTitle], interview.StartsAtUtc,
                interview.StartsAtUtc.AddMinutes(interview.DurationMinutes), interview.Place, interview.VideoLink, interview.Organizer,
                interview.Interviewers);
            return new Invite($"interview-{request.InterviewId}.ics", InterviewCalendar.Write(facts, clock.UtcNow));
        }
    }
}

public record InviteePerson(string Name, string Email);

public record InviteFacts(string Uid, int Sequence, bool Cancelled, string Summary, DateTime StartsAtUtc, DateTime EndsAtUtc, string? Place,
    string? VideoLink, InviteePerson Organizer, IReadOnlyList<InviteePerson> Attendees);

/// <summary>Writes the invite as iCalendar (RFC 5545) with iTIP's REQUEST, or CANCEL once the interview is called off.</summary>
public static class InterviewCalendar
{
    public static string Write(InviteFacts facts, DateTime stampUtc)
    {
        var calendar = new Calendar { Method = facts.Cancelled ? CalendarMethods.Cancel : CalendarMethods.Request };
        calendar.ProductId = "-//ErmPortal//Interviews//EN";
        var meeting = new CalendarEvent
        {
            Uid = facts.Uid,
            Sequence = facts.Sequence,
            Summary = facts.Summary,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc)),
            DtStart = new CalDateTime(DateTime.SpecifyKind(facts.StartsAtUtc, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(facts.EndsAtUtc, DateTimeKind.Utc)),
            Location = facts.Place ?? facts.VideoLink,
            Url = facts.VideoLink is null ? null : new Uri(facts.VideoLink),
            Status = facts.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Organizer = new Organizer($"mailto:{facts.Organizer.Email}") { CommonName = facts.Organizer.Name },
        };
        foreach (var person in facts.Attendees)
            meeting.Attendees.Add(new Attendee($"mailto:{person.Email}")
            {
                CommonName = person.Name, Role = ParticipationRole.RequiredParticipant,
                ParticipationStatus = EventParticipationStatus.NeedsAction, Rsvp = !facts.Cancelled,
            });
        calendar.Events.Add(meeting);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
