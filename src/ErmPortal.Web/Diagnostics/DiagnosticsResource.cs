namespace ErmPortal.Web.Diagnostics;

/// <summary>Marker for the Diagnostics module's own strings: Diagnostics/Resources/DiagnosticsResource.{culture}.resx, falling back to the shared ones.</summary>
public class DiagnosticsResource;
