namespace ErmPortal.Web.Notifications;

/// <summary>Marker for the Notifications module's own strings: Notifications/Resources/NotificationsResource.{culture}.resx, falling back to the shared ones.</summary>
public class NotificationsResource;
