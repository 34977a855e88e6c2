using ErmPortal.Data.Compensation;

namespace ErmPortal.Web.Compensation.Cycles;

/// <summary>The English keys a cycle's states are shown by, translated where shown, and their colours.</summary>
public static class CycleLabels
{
    public static string Of(CompensationCycleStatus status) => status switch
    {
        CompensationCycleStatus.Draft => "Draft",
        CompensationCycleStatus.Open => "Open",
        _ => "Closed",
    };

    public static string BadgeOf(CompensationCycleStatus status) => status switch
    {
        CompensationCycleStatus.Draft => "text-bg-secondary",
        CompensationCycleStatus.Open => "text-bg-primary",
        _ => "text-bg-light border",
    };

    public static string Of(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "Draft",
        ProposalStatus.Submitted => "Submitted",
        ProposalStatus.Approved => "Approved",
        _ => "In force",
    };

    public static string BadgeOf(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "text-bg-light border",
        ProposalStatus.Submitted => "text-bg-info",
        ProposalStatus.Approved => "text-bg-success",
        _ => "text-bg-success",
    };

    public static string Of(BandQuarter quarter) => quarter switch
    {
        BandQuarter.First => "Lowest quarter of the band (or below it)",
        BandQuarter.Second => "Second quarter",
        BandQuarter.Third => "Third quarter",
        _ => "Highest quarter of the band (or above it)",
    };

    public static string RatingRow(int rating) => rating == 0 ? "No rating" : "Rated {0}";
}
