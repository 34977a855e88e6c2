namespace ErmPortal.Web.Profiles;

/// <summary>Shows enough of a sensitive value to recognise it, never enough to use it.</summary>
public static class Masking
{
    public static string? Mask(string? value, int visible = 4)
    {
        if (string.IsNullOrEmpty(value)) return value;
        var compact = value.Replace(" ", "");
        return compact.Length <= visible ? new string('•', compact.Length) : "••••" + compact[^visible..];
    }
}
