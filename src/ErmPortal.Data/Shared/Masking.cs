namespace ErmPortal.Data.Shared;

/// <summary>Shows enough of a sensitive value to recognise it, never enough to use it.</summary>
public static class Masking
{
    public const char Hidden = '•';

    public static string? Mask(string? value, int visible = 4)
    {
        if (string.IsNullOrEmpty(value)) return value;
        var compact = value.Replace(" ", "");
        return compact.Length <= visible ? new string(Hidden, compact.Length) : new string(Hidden, 4) + compact[^visible..];
    }

    /// <summary>A masked value, as a form shows it: it cannot be a real value, since no real one contains the mask character.</summary>
    public static bool IsMasked(string? value) => value?.Contains(Hidden) == true;
}
