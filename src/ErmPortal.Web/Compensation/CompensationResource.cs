namespace ErmPortal.Web.Compensation;

/// <summary>Marker for the Compensation module's own strings: Compensation/Resources/CompensationResource.{culture}.resx, falling back to the shared ones.</summary>
public class CompensationResource;
