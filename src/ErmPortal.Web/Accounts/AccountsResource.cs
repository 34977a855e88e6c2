namespace ErmPortal.Web.Accounts;

/// <summary>Marker for the Accounts module's own strings: Accounts/Resources/AccountsResource.{culture}.resx, falling back to the shared ones.</summary>
public class AccountsResource;
