using System.Globalization;
using System.Text.Json;
using ErmPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Notifications;

/// <summary>
/// The structured facts of one notification (names, counts, field lists, dates as yyyy-MM-dd), never a sentence:
/// the kind turns them into words in the reader's language when the notification is shown or emailed.
/// </summary>
public sealed class NotificationArguments : Dictionary<string, string>
{
    public NotificationArguments() : base(StringComparer.Ordinal) { }

    private NotificationArguments(IDictionary<string, string> values) : base(values, StringComparer.Ordinal) { }

    /// <summary>The value, or empty when the notification was written before the argument existed.</summary>
    public string Get(string name) => TryGetValue(name, out var value) ? value : "";

    /// <summary>A date argument (stored as yyyy-MM-dd) in the reader's culture and calendar.</summary>
    public string DateText(string name) =>
        DateOnly.TryParseExact(Get(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("D", CultureInfo.CurrentCulture)
            : Get(name);

    public static string DateValue(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string ToJson() => JsonSerializer.Serialize<Dictionary<string, string>>(this);

    public static NotificationArguments FromJson(string json) => Of(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []);

    public static NotificationArguments Of(IDictionary<string, string> values) => new(values);
}

/// <summary>
/// A kind of notification a module sends: its name (stored with each notification), its label and icon on the
/// preferences page, whether it is emailed unless the person says otherwise, and how to say it from its
/// arguments with a localizer already set to the reader's language. Its label and sentence are keys of the
/// resources of the module <see cref="Module"/> belongs to.
/// </summary>
public record NotificationKind(string Name, string Label, string Icon, bool EmailByDefault, Type Module,
    Func<NotificationArguments, IStringLocalizer, string> Render);

/// <summary>Every kind the modules registered; the Notifications module itself names none of theirs.</summary>
public class NotificationKinds(IEnumerable<NotificationKind> kinds, IStringLocalizerFactory localizers)
{
    private readonly Dictionary<string, NotificationKind> _byName = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<NotificationKind> All => _byName.Values;

    public NotificationKind? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The sentence for a stored notification. A kind whose module has since been removed still shows a line,
    /// so the person's list never breaks.
    /// </summary>
    public string Render(string kind, NotificationArguments arguments) =>
        Find(kind) is { } known ? known.Render(arguments, LocalizerOf(known)) : LocalizerOf(null)["A notification"];

    /// <summary>The kind's label in the reader's language, for the preferences page.</summary>
    public string LabelOf(NotificationKind kind) => LocalizerOf(kind)[kind.Label];

    private IStringLocalizer LocalizerOf(NotificationKind? kind) =>
        localizers.Create(ModuleResourcesLocalizerFactory.ResourceOf(kind?.Module ?? typeof(NotificationKinds)));

    public string IconOf(string kind) => Find(kind)?.Icon ?? "bi-bell";
}

public static class NotificationKindRegistration
{
    /// <summary>Registers a kind of notification from the module <typeparamref name="TModule"/> belongs to, which sends it and words it.</summary>
    public static IServiceCollection AddNotificationKind<TModule>(this IServiceCollection services, string name, string label, string icon,
        bool emailByDefault, Func<NotificationArguments, IStringLocalizer, string> render)
    {
        services.AddSingleton(new NotificationKind(name, label, icon, emailByDefault, typeof(TModule), render));
        return services;
    }
}

/// <summary>Links are written by modules, but a stored value is never trusted to send someone off-site.</summary>
internal static class LocalPaths
{
    public static bool IsLocal(string? link) =>
        link is { Length: > 0 } && link[0] == '/' && (link.Length == 1 || (link[1] != '/' && link[1] != '\\'));
}
