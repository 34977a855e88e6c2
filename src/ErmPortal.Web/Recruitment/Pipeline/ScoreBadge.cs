namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>How a score looks on a card and on the candidate's page: green when strong, amber when weak.</summary>
public static class ScoreBadge
{
    public static string Tone(int score) => score >= 65 ? "text-bg-success" : score >= 45 ? "text-bg-light border" : "text-bg-warning";
}
