using ErmPortal.Data.Reviews;

namespace ErmPortal.Web.Reviews.Peers;

/// <summary>The words for a nomination's status and a peer's relationship, as keys of the module's resources.</summary>
public static class PeerLabels
{
    public static string Of(PeerNominationStatus status) => status switch
    {
        PeerNominationStatus.Proposed => "Waiting for approval",
        PeerNominationStatus.Approved => "Approved",
        _ => "Declined",
    };

    public static string Of(PeerRelationship relationship) => relationship == PeerRelationship.SameTeam ? "Same team" : "Other team";
}
