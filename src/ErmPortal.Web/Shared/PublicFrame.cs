namespace ErmPortal.Web.Shared;

/// <summary>
/// A page for the public rather than for colleagues (a module's public pages, such as a careers page): the layout shows
/// this name, leading to this home, instead of the portal's menu, even to someone who happens to be signed in. The
/// module puts it in the request's items, so error pages answered for its addresses keep the same frame.
/// </summary>
public record PublicFrame(string Name, string Home)
{
    private const string Key = "erm:public-frame";

    public static PublicFrame? Of(HttpContext context) => context.Items[Key] as PublicFrame;

    public static void Use(HttpContext context, PublicFrame frame) => context.Items[Key] = frame;
}
