using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ErmPortal.Web.Infrastructure.Localization;

/// <summary>
/// Every date is typed in a date field. MVC renders a DateOnly as a text field holding the date in the page's
/// calendar ("1404/5/8" on a Persian page); this makes it <c>type="date"</c> with the value in the only form a date
/// field takes, yyyy-MM-dd in the Gregorian calendar. The browser's picker is Gregorian: where the reader's calendar
/// is another one (Persian: 12 Mordad 1403 for 2 August 2024), that date is written under the field, on the server
/// for the current value and by wwwroot/js/calendar-hint.js as the date changes.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("input", Attributes = "[type=date]")]
public class DateInputTagHelper(IFileVersionProvider fileVersions) : TagHelper
{
    private const string Script = "/js/calendar-hint.js";
    private const string IsoDate = "yyyy-MM-dd";

    /// <summary>After MVC's input tag helper, whose output this corrects.</summary>
    public override int Order => 100;

    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (For?.Metadata.UnderlyingOrModelType == typeof(DateOnly))
        {
            output.Attributes.SetAttribute("type", "date");
            // What was typed goes back as typed when it could not be read; otherwise the model's date.
            var fieldName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
            var attempted = ViewContext.ViewData.ModelState.TryGetValue(fieldName, out var entry) ? entry.AttemptedValue : null;
            output.Attributes.SetAttribute("value", attempted ?? (For.Model is DateOnly date ? date.ToString(IsoDate, CultureInfo.InvariantCulture) : ""));
        }
        if (output.Attributes["type"]?.Value?.ToString() == "date")
            AddCalendarHint(output);
    }

    private void AddCalendarHint(TagHelperOutput output)
    {
        var culture = CultureInfo.CurrentCulture;
        if (culture.DateTimeFormat.Calendar is GregorianCalendar) return;
        if (output.Attributes["id"]?.Value?.ToString() is not { Length: > 0 } id) return;

        var value = output.Attributes["value"]?.Value?.ToString();
        var shown = DateOnly.TryParseExact(value, IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("D", culture) : "";
        var hintId = id + "-calendar";
        if (!output.Attributes.ContainsName("aria-describedby")) output.Attributes.Add("aria-describedby", hintId);
        output.PostElement.AppendHtml($"""<div class="form-text" id="{HtmlEncoder.Default.Encode(hintId)}" data-calendar-of="{HtmlEncoder.Default.Encode(id)}">""");
        output.PostElement.Append(shown);
        output.PostElement.AppendHtml("</div>");

        // Once per page, and only on pages that need it, so the layout stays the same for every language.
        if (ViewContext.HttpContext.Items.TryAdd(Script, true))
        {
            var src = fileVersions.AddFileVersionToPath(ViewContext.HttpContext.Request.PathBase, Script);
            output.PostElement.AppendHtml($"""<script src="{HtmlEncoder.Default.Encode(src)}" defer></script>""");
        }
    }
}
