namespace ErmPortal.Web.Preferences;

/// <summary>Marker for the Preferences module's own strings: Preferences/Resources/PreferencesResource.{culture}.resx, falling back to the shared ones.</summary>
public class PreferencesResource;
