namespace ErmPortal.Web.Home;

/// <summary>Marker for the Home module's own strings: Home/Resources/HomeResource.{culture}.resx, falling back to the shared ones.</summary>
public class HomeResource;
