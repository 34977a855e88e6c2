namespace ErmPortal.Web.Administration;

/// <summary>Marker for the Administration module's own strings: Administration/Resources/AdministrationResource.{culture}.resx, falling back to the shared ones.</summary>
public class AdministrationResource;
