namespace ErmPortal.Web.Timeline;

/// <summary>Marker for the Timeline module's own strings: Timeline/Resources/TimelineResource.{culture}.resx, falling back to the shared ones.</summary>
public class TimelineResource;
