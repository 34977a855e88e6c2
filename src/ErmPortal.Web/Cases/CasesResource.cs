namespace ErmPortal.Web.Cases;

/// <summary>Marker for the Cases module's own strings: Cases/Resources/CasesResource.{culture}.resx, falling back to the shared ones.</summary>
public class CasesResource;
