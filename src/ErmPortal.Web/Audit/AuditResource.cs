namespace ErmPortal.Web.Audit;

/// <summary>Marker for the Audit module's own strings: Audit/Resources/AuditResource.{culture}.resx, falling back to the shared ones.</summary>
public class AuditResource;
