using ErmPortal.Data.Compensation;

namespace ErmPortal.Web.Compensation.Bands;

/// <summary>The English keys of the band display choices, with the sentence that says what each shows the employee.</summary>
public static class BandLabels
{
    public static string Of(BandDisplay display) => display switch
    {
        BandDisplay.Hidden => "Hidden",
        BandDisplay.Zone => "Zone of the band",
        BandDisplay.Position => "Position in the band",
        _ => "The whole band",
    };

    public static string Description(BandDisplay display) => display switch
    {
        BandDisplay.Hidden => "Employees see nothing of their band: only their salary.",
        BandDisplay.Zone => "Employees see which part of the band they are in: below it, the lower half, the upper half or above it.",
        BandDisplay.Position => "Employees also see how far through the band they are, in percent, without the amounts.",
        _ => "Employees see the band's minimum, midpoint and maximum, and their compa-ratio.",
    };
}
