using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure.Localization;
using ErmPortal.Web.Preferences;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Timeline;

/// <summary>
/// One kind of timeline entry, registered by the module that records it: its name, how the filter and the list
/// label it (English keys, localized when shown), and how an entry of this kind is told from its arguments in
/// the reader's language, calendar and time zone.
/// </summary>
public interface ITimelineKind
{
    string Name { get; }
    /// <summary>The filter's label, an English resource key ("Job changes").</summary>
    string Label { get; }
    /// <summary>A Bootstrap icon name ("bi-briefcase").</summary>
    string Icon { get; }
    /// <summary>The place in the filter list.</summary>
    int Order { get; }
    /// <summary>The sentence, as plain text: the page encodes it.</summary>
    string Render(TimelineArguments arguments, IStringLocalizer localizer, ViewerFormat format);
}

public static class TimelineKindRegistration
{
    public static IServiceCollection AddTimelineKind<TKind>(this IServiceCollection services) where TKind : class, ITimelineKind =>
        services.AddSingleton<ITimelineKind, TKind>();
}

/// <summary>
/// Entries written before the timeline kept arguments, whose sentence could not be taken apart: they show the
/// text they were stored with, as it was written.
/// </summary>
public class LegacyTimelineKind : ITimelineKind
{
    public const string KindName = "legacy";
    public const string TextArgument = "text";

    public string Name => KindName;
    public string Label => "Earlier entries";
    public string Icon => "bi-archive";
    public int Order => 1000;

    public string Render(TimelineArguments arguments, IStringLocalizer localizer, ViewerFormat format) =>
        arguments.Text(TextArgument) ?? "";
}

/// <summary>
/// The kinds every module registered, and the one place an entry is turned into its sentence: each kind speaks
/// with the resources of the module that registered it.
/// </summary>
public class TimelineRenderer(IEnumerable<ITimelineKind> kinds, IStringLocalizerFactory localizers, IStringLocalizer<TimelineResource> localizer,
    ViewerFormat format)
{
    private readonly Dictionary<string, ITimelineKind> _kinds = kinds.ToDictionary(k => k.Name);

    /// <summary>What the timeline can be filtered by, in the modules' order.</summary>
    public IEnumerable<ITimelineKind> Kinds => _kinds.Values.OrderBy(k => k.Order).ThenBy(k => k.Name, StringComparer.Ordinal);

    public bool IsKnown(string? kind) => kind is not null && _kinds.ContainsKey(kind);

    /// <summary>The kind's label in the reader's language, for the filter.</summary>
    public string LabelOf(ITimelineKind kind) => LocalizerOf(kind)[kind.Label];

    public RenderedEntry Render(TimelineLine line)
    {
        // A kind whose module is gone shows that something happened rather than nothing, in the reader's language.
        var kind = _kinds.GetValueOrDefault(line.Kind);
        var text = kind?.Render(line.Arguments, LocalizerOf(kind), format) ?? localizer["An entry this portal can no longer show"];
        return new RenderedEntry(text, kind?.Icon ?? "bi-dot", format.DateTime(line.OccurredAtUtc), line.ActorName, line.Link);
    }

    private IStringLocalizer LocalizerOf(ITimelineKind kind) => localizers.Create(ModuleResourcesLocalizerFactory.ResourceOf(kind.GetType()));
}

public record RenderedEntry(string Text, string Icon, string When, string? ActorName, string? Link);
