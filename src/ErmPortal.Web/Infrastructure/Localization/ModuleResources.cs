using System.Reflection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Infrastructure.Localization;

/// <summary>
/// Finds the strings of a resource type beside the type itself: <c>Organisation/Resources/OrganisationResource.it.resx</c>
/// for <c>ErmPortal.Web.Organisation.OrganisationResource</c>, and <c>Resources/SharedResource.it.resx</c> for
/// <see cref="SharedResource"/>. A key a module does not have falls back to the shared resources, so a module can
/// take its keys into its own folder one by one and its views only change the localizer they inject
/// (<c>@inject IHtmlLocalizer&lt;OrganisationResource&gt; L</c> in the folder's _ViewImports).
/// </summary>
public sealed class ModuleResourcesLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggerFactory)
    : IStringLocalizerFactory
{
    private readonly BesideTheType resources = new(options, loggerFactory);

    public IStringLocalizer Create(Type resourceSource)
    {
        var own = resources.Create(resourceSource);
        return resourceSource == typeof(SharedResource) ? own : new FallbackLocalizer(own, resources.Create(typeof(SharedResource)));
    }

    public IStringLocalizer Create(string baseName, string location) => resources.Create(baseName, location);

    /// <summary>
    /// The resource type of the module a type belongs to: <c>OrganisationResource</c> for
    /// <c>ErmPortal.Web.Organisation.EditEmployee.Command</c> once the Organisation folder has one, and
    /// <see cref="SharedResource"/> until then. Field labels and validation messages are looked up there, so they
    /// follow their module's keys wherever they live.
    /// </summary>
    public static Type ResourceOf(Type type)
    {
        var portal = typeof(SharedResource).Namespace + ".";
        if (type.Namespace is not { } ns || !ns.StartsWith(portal, StringComparison.Ordinal)) return typeof(SharedResource);
        var module = ns[portal.Length..].Split('.')[0];
        return typeof(SharedResource).Assembly.GetType($"{portal}{module}.{module}Resource") ?? typeof(SharedResource);
    }

    private sealed class BesideTheType(IOptions<LocalizationOptions> options, ILoggerFactory loggerFactory)
        : ResourceManagerStringLocalizerFactory(options, loggerFactory)
    {
        protected override string GetResourcePrefix(TypeInfo typeInfo) => $"{typeInfo.Namespace}.Resources.{typeInfo.Name}";
    }

    private sealed class FallbackLocalizer(IStringLocalizer first, IStringLocalizer then) : IStringLocalizer
    {
        public LocalizedString this[string name] => first[name] is { ResourceNotFound: false } found ? found : then[name];

        public LocalizedString this[string name, params object[] arguments] =>
            first[name] is { ResourceNotFound: false } ? first[name, arguments] : then[name, arguments];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        {
            var own = first.GetAllStrings(includeParentCultures).ToList();
            var names = own.Select(s => s.Name).ToHashSet();
            return own.Concat(then.GetAllStrings(includeParentCultures).Where(s => !names.Contains(s.Name)));
        }
    }
}

/// <summary>A message another module wrote (a context warning, a ledger line), translated with that module's resources.</summary>
public static class ModuleText
{
    public static string Of(HttpContext context, Type module, string message, object[] arguments) =>
        context.RequestServices.GetRequiredService<IStringLocalizerFactory>()
            .Create(ModuleResourcesLocalizerFactory.ResourceOf(module))[message, arguments].Value;
}
