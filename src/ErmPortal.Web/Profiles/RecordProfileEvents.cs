using ErmPortal.Data.Profiles;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Timeline;
using MediatR;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// Self-service edits and change requests, on the person's timeline. Sensitive values never reach the timeline,
/// only which fields. Requests are between the person and HR: their managers do not see them.
/// </summary>
public class RecordProfileEvents(TimelineRecorder timeline)
    : INotificationHandler<ProfileUpdated>, INotificationHandler<ChangeRequestSubmitted>, INotificationHandler<ChangeRequestDecided>
{
    public const TimelineAudience PersonAndHr = TimelineAudience.Subject | TimelineAudience.Hr;
    public const TimelineAudience PersonManagersAndHr = TimelineAudience.Subject | TimelineAudience.ManagerChain | TimelineAudience.Hr;

    public Task Handle(ProfileUpdated notification, CancellationToken cancellationToken)
    {
        timeline.RecordForEmployee(notification.Employee.Id, ProfileTimelineKinds.ProfileUpdated,
            new TimelineArguments().With(ProfileTimelineKinds.Fields, notification.Fields),
            PersonManagersAndHr, $"/employees/{notification.Employee.Id}");
        return Task.CompletedTask;
    }

    public Task Handle(ChangeRequestSubmitted notification, CancellationToken cancellationToken)
    {
        Record(notification.Request, ProfileTimelineKinds.Submitted);
        return Task.CompletedTask;
    }

    public Task Handle(ChangeRequestDecided notification, CancellationToken cancellationToken)
    {
        var request = notification.Request;
        Record(request, request.Status switch
        {
            ChangeRequestStatus.Approved => ProfileTimelineKinds.Approved,
            ChangeRequestStatus.Rejected => ProfileTimelineKinds.Rejected,
            _ => ProfileTimelineKinds.Withdrawn,
        }, request.DecisionReason);
        return Task.CompletedTask;
    }

    private void Record(ChangeRequest request, string outcome, string? reason = null) =>
        timeline.RecordForEmployee(request.EmployeeId, ProfileTimelineKinds.ChangeRequest,
            ProfileTimelineKinds.ChangeRequestArguments(request.Items.Select(i => i.Field), outcome, reason),
            PersonAndHr, "/me/change-requests");
}
