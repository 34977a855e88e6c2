using ErmPortal.Data.Onboarding;

namespace ErmPortal.Web.Onboarding.Leaving;

/// <summary>The English names (resource keys) of the exit interview's answers, written out so each key has a use in code.</summary>
public static class LeavingLabels
{
    /// <summary>Every single reason, in the order the form and the figures show them.</summary>
    public static readonly LeavingReasons[] Reasons = Enum.GetValues<LeavingReasons>().Where(r => r != LeavingReasons.None).ToArray();

    public static string Of(LeavingReasons reason) => reason switch
    {
        LeavingReasons.Pay => "Pay",
        LeavingReasons.Growth => "Growth",
        LeavingReasons.Manager => "Manager",
        LeavingReasons.Workload => "Workload",
        LeavingReasons.Culture => "Culture",
        LeavingReasons.Relocation => "Relocation",
        LeavingReasons.Personal => "Personal reasons",
        _ => "Another reason",
    };

    public static string Of(WouldReturn answer) => answer switch
    {
        WouldReturn.Yes => "Yes, they would",
        WouldReturn.Maybe => "Maybe",
        _ => "No, they would not",
    };

    /// <summary>The single reasons a set of flags holds.</summary>
    public static IEnumerable<LeavingReasons> Split(LeavingReasons reasons) => Reasons.Where(r => reasons.HasFlag(r));
}
