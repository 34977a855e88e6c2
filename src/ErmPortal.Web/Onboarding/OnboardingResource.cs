namespace ErmPortal.Web.Onboarding;

/// <summary>Marker for the Onboarding module's own strings: Onboarding/Resources/OnboardingResource.{culture}.resx, falling back to the shared ones.</summary>
public class OnboardingResource;
