namespace ErmPortal.Web.Learning;

/// <summary>Marker for the Learning module's own strings: Learning/Resources/LearningResource.{culture}.resx, falling back to the shared ones.</summary>
public class LearningResource;
