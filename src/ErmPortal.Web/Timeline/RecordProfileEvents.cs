using ErmPortal.Data.Profiles;
using ErmPortal.Data.Timeline;
using MediatR;

namespace ErmPortal.Web.Timeline;

/// <summary>Self-service edits and change requests. Sensitive values never reach the timeline, only which fields.</summary>
public class RecordProfileEvents(TimelineRecorder timeline)
    : INotificationHandler<ProfileUpdated>, INotificationHandler<ChangeRequestSubmitted>, INotificationHandler<ChangeRequestDecided>
{
    public Task Handle(ProfileUpdated notification, CancellationToken cancellationToken)
    {
        timeline.Record(notification.Employee.Id, TimelineKinds.ProfileUpdated, $"Updated {string.Join(", ", notification.Fields)}",
            TimelineVisibility.Employee, $"/employees/{notification.Employee.Id}");
        return Task.CompletedTask;
    }

    public Task Handle(ChangeRequestSubmitted notification, CancellationToken cancellationToken)
    {
        var request = notification.Request;
        timeline.Record(request.EmployeeId, TimelineKinds.ChangeRequest,
            $"Asked to change {FieldList(request)}", TimelineVisibility.Employee, "/me/change-requests");
        return Task.CompletedTask;
    }

    public Task Handle(ChangeRequestDecided notification, CancellationToken cancellationToken)
    {
        var request = notification.Request;
        var summary = request.Status switch
        {
            ChangeRequestStatus.Approved => $"Change of {FieldList(request)} approved and applied",
            ChangeRequestStatus.Rejected => $"Change of {FieldList(request)} rejected: {request.DecisionReason}",
            _ => $"Change request for {FieldList(request)} withdrawn",
        };
        timeline.Record(request.EmployeeId, TimelineKinds.ChangeRequest, summary, TimelineVisibility.Employee, "/me/change-requests");
        return Task.CompletedTask;
    }

    private static string FieldList(ChangeRequest request) => string.Join(", ", request.Items.Select(i => Fields.Label(i.Field).ToLowerInvariant()));
}

public static class Fields
{
    public static string Label(SensitiveField field) => field switch
    {
        SensitiveField.LegalFirstName => "Legal first name",
        SensitiveField.LegalLastName => "Legal last name",
        SensitiveField.HomeAddress => "Home address",
        SensitiveField.DateOfBirth => "Date of birth",
        SensitiveField.NationalId => "National id",
        SensitiveField.BankAccount => "Bank account",
        _ => field.ToString(),
    };
}
