using ErmPortal.Data.Recruitment;

namespace ErmPortal.Web.Recruitment.Mobility;

/// <summary>Where the viewer's own application to an opening stands: what the opening's pages show instead of the Apply form.</summary>
public record MyApplication(string StageName, StageKind StageKind, DateTime AppliedAtUtc, DateTime StageEnteredAtUtc)
{
    public bool IsActive => !StageKind.IsFinal();
}
