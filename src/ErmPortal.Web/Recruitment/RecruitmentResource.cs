namespace ErmPortal.Web.Recruitment;

/// <summary>Marker for the Recruitment module's own strings: Recruitment/Resources/RecruitmentResource.{culture}.resx, falling back to the shared ones.</summary>
public class RecruitmentResource;
