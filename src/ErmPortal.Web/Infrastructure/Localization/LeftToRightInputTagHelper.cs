using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ErmPortal.Web.Infrastructure.Localization;

/// <summary>
/// Emails, phone numbers, numbers and dates are typed left to right in every language: in a Persian form a phone
/// number typed into a right-to-left field shows as "1234567 30 49+". Runs after MVC's input tag helper, which
/// decides the type from the model (a DateOnly becomes type="date").
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
public class LeftToRightInputTagHelper : TagHelper
{
    private static readonly HashSet<string> LeftToRightTypes =
        new(["email", "tel", "url", "number", "date", "datetime-local", "time", "month"], StringComparer.OrdinalIgnoreCase);

    /// <summary>After the date input tag helper, which turns a DateOnly into a date field.</summary>
    public override int Order => 110;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes.ContainsName("dir")) return;
        if (output.Attributes.TryGetAttribute("type", out var type) && LeftToRightTypes.Contains(type.Value?.ToString() ?? ""))
            output.Attributes.Add("dir", "ltr");
    }
}
