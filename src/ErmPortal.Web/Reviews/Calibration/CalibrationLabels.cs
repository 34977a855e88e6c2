using ErmPortal.Data.Reviews;

namespace ErmPortal.Web.Reviews.Calibration;

/// <summary>The English keys calibration shows for a cycle's stage and a potential; the views translate them.</summary>
public static class CalibrationLabels
{
    public static string Stage(ReviewPhase phase) => phase switch
    {
        ReviewPhase.Calibration => "In calibration",
        ReviewPhase.Closed => "Closed",
        _ => "Being shared",
    };

    public static string Of(Potential? potential) => potential switch
    {
        Potential.Low => "Low potential",
        Potential.Medium => "Medium potential",
        Potential.High => "High potential",
        _ => "No potential given",
    };

    public static string Of(Talent.Performance performance) => performance switch
    {
        Talent.Performance.Low => "Low performance",
        Talent.Performance.Medium => "Medium performance",
        _ => "High performance",
    };

    /// <summary>A rating with its label on the cycle's scale ("4 · Exceeds expectations"), or a dash when there is none.</summary>
    public static string Rating(int? rating, IReadOnlyDictionary<int, string> labels) =>
        rating is not { } value ? "—" : labels.TryGetValue(value, out var label) ? $"{value} · {label}" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
