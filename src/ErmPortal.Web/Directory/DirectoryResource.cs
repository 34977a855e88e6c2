namespace ErmPortal.Web.Directory;

/// <summary>Marker for the Directory module's own strings: Directory/Resources/DirectoryResource.{culture}.resx, falling back to the shared ones.</summary>
public class DirectoryResource;
