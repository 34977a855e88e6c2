namespace ErmPortal.Web.Profiles;

/// <summary>Marker for the Profiles module's own strings: Profiles/Resources/ProfilesResource.{culture}.resx, falling back to the shared ones.</summary>
public class ProfilesResource;
