using ErmPortal.Data.Learning;

namespace ErmPortal.Web.Learning.Enrolments;

/// <summary>The words a place's state is shown with: keys of the Learning resources.</summary>
public static class PlaceLabels
{
    public static string Of(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.Requested => "Waiting for a decision",
        EnrolmentStatus.Declined => "Declined",
        EnrolmentStatus.Enrolled => "Seated",
        EnrolmentStatus.Waitlisted => "On the waiting list",
        EnrolmentStatus.Withdrawn => "Withdrawn",
        _ => "Completed",
    };
}
