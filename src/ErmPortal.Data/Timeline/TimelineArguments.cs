using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ErmPortal.Data.Timeline;

/// <summary>
/// The facts an entry is told from (ids, names, dates, amounts, lists of field names), stored as one JSON object.
/// Values are written in invariant formats, so any language can read them back; a missing value reads as null,
/// so an entry written before an argument existed still renders.
/// </summary>
public sealed class TimelineArguments
{
    private readonly JsonObject _values;

    public TimelineArguments() => _values = [];
    private TimelineArguments(JsonObject values) => _values = values;

    public TimelineArguments With(string name, string? value) => Put(name, value is null ? null : JsonValue.Create(value));
    public TimelineArguments With(string name, int? value) => Put(name, value is null ? null : JsonValue.Create(value.Value));
    public TimelineArguments With(string name, bool value) => Put(name, JsonValue.Create(value));
    public TimelineArguments WithAmount(string name, decimal value) => Put(name, JsonValue.Create(value.ToString(CultureInfo.InvariantCulture)));
    public TimelineArguments With(string name, DateOnly value) => With(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    public TimelineArguments With(string name, DateTime utc) => With(name, utc.ToString("O", CultureInfo.InvariantCulture));
    public TimelineArguments With(string name, IEnumerable<string> values) => Put(name, new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()));

    public bool Has(string name) => _values[name] is not null;
    public string? Text(string name) => _values[name] is JsonValue v ? v.ToString() : null;
    public int? Int(string name) => _values[name] is JsonValue v && int.TryParse(v.ToString(), CultureInfo.InvariantCulture, out var i) ? i : null;
    public bool? Bool(string name) => _values[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;
    public decimal? Amount(string name) =>
        decimal.TryParse(Text(name), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
    public DateOnly? Date(string name) =>
        DateOnly.TryParseExact(Text(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    public IReadOnlyList<string> List(string name) =>
        _values[name] is JsonArray a ? a.Select(n => n?.ToString()).OfType<string>().ToList() : [];

    public string ToJson() => _values.ToJsonString();

    public static TimelineArguments FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new() : new(JsonNode.Parse(json) as JsonObject ?? []);

    public override string ToString() => ToJson();

    private TimelineArguments Put(string name, JsonNode? value)
    {
        if (value is null) _values.Remove(name);
        else _values[name] = value;
        return this;
    }
}
