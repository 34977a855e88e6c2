namespace ErmPortal.Web.Organisation;

/// <summary>Marker for the Organisation module's own strings: Organisation/Resources/OrganisationResource.{culture}.resx, falling back to the shared ones.</summary>
public class OrganisationResource;
