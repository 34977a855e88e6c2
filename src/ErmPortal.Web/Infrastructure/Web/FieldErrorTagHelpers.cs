using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ErmPortal.Web.Infrastructure.Web;

/// <summary>
/// A field's error is tied to the field, so a screen reader announces it on reaching the field and not only a
/// sighted reader sees it below: an invalid field says <c>aria-invalid="true"</c> and names its message
/// (<c>&lt;span asp-validation-for&gt;</c>, given the id <c>{field id}-error</c>) in <c>aria-describedby</c>.
/// Every form built with asp-for gets it without a word in its view.
/// </summary>
public static class FieldErrors
{
    /// <summary>The id MVC gives the field (its name with dots and brackets replaced), and "-error".</summary>
    public static string MessageId(IHtmlGenerator generator, ViewContext viewContext, ModelExpression field) =>
        TagBuilder.CreateSanitizedId(FullName(viewContext, field), generator.IdAttributeDotReplacement) + "-error";

    public static bool HasErrors(ViewContext viewContext, ModelExpression field) =>
        viewContext.ViewData.ModelState.TryGetValue(FullName(viewContext, field), out var entry) && entry.Errors.Count > 0;

    private static string FullName(ViewContext viewContext, ModelExpression field) =>
        viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name);
}

[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public class InvalidFieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    /// <summary>After MVC's tag helpers and the date field's calendar hint, whose description this one adds to.</summary>
    public override int Order => 120;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["type"]?.Value?.ToString() == "hidden" || !FieldErrors.HasErrors(ViewContext, For)) return;
        output.Attributes.SetAttribute("aria-invalid", "true");
        var described = output.Attributes["aria-describedby"]?.Value?.ToString();
        var message = FieldErrors.MessageId(generator, ViewContext, For);
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(described) ? message : $"{described} {message}");
    }
}

/// <summary>Gives a field's message the id its field points at, unless the view named it itself.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public class FieldMessageIdTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("id")) output.Attributes.SetAttribute("id", FieldErrors.MessageId(generator, ViewContext, For));
    }
}
