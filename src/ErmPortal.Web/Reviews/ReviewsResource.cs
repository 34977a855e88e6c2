namespace ErmPortal.Web.Reviews;

/// <summary>Marker for the Reviews module's own strings: Reviews/Resources/ReviewsResource.{culture}.resx, falling back to the shared ones.</summary>
public class ReviewsResource;
