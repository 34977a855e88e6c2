using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace ErmPortal.Web.Infrastructure.Localization;

/// <summary>
/// Persian keyboards type ۰-۹ and Arabic ones ٠-٩; a date or a number typed that way means the same as with 0-9.
/// </summary>
public static class LatinDigits
{
    public static string Of(string text)
    {
        if (!text.Any(IsEasternDigit)) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] switch
                {
                    >= '\u06F0' and <= '\u06F9' and var persian => (char)('0' + (persian - '\u06F0')),
                    >= '\u0660' and <= '\u0669' and var arabic => (char)('0' + (arabic - '\u0660')),
                    var other => other,
                };
        });
    }

    private static bool IsEasternDigit(char c) => c is >= '\u06F0' and <= '\u06F9' or >= '\u0660' and <= '\u0669';
}

/// <summary>
/// Binds numbers and dates as people type them in any of the portal's languages: digits made Latin first, and a
/// yyyy-MM-dd date (what a date field sends, always in the Gregorian calendar) read as such even on a Persian page,
/// where the culture's own calendar would take 2025-03-01 for the Persian year 2025. Other date shapes keep the
/// page's calendar, so "۱۴۰۳/۰۵/۱۲" typed on a Persian page is 2 August 2024. It wraps whichever binder MVC would
/// have chosen, so parsing and error messages stay MVC's own.
/// </summary>
public sealed partial class NumbersAndDatesModelBinderProvider(IList<IModelBinderProvider> providers) : IModelBinderProvider
{
    private static readonly HashSet<Type> NumbersAndDates =
    [
        typeof(int), typeof(long), typeof(short), typeof(decimal), typeof(double), typeof(float),
        typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset),
    ];

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (!NumbersAndDates.Contains(context.Metadata.UnderlyingOrModelType)) return null;
        var inner = providers.Where(p => p != this).Select(p => p.GetBinder(context)).FirstOrDefault(b => b is not null);
        return inner is null ? null : new Binder(inner);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var typed = bindingContext.ValueProvider;
            bindingContext.ValueProvider = new AsMeant(typed);
            try { await inner.BindModelAsync(bindingContext); }
            finally { bindingContext.ValueProvider = typed; }
        }
    }

    private sealed class AsMeant(IValueProvider typed) : IValueProvider
    {
        public bool ContainsPrefix(string prefix) => typed.ContainsPrefix(prefix);

        public ValueProviderResult GetValue(string key)
        {
            var result = typed.GetValue(key);
            if (result == ValueProviderResult.None) return result;
            var latin = result.Values.Select(v => v is null ? null : LatinDigits.Of(v)).ToArray();
            var culture = latin.All(v => v is not null && IsoDate().IsMatch(v)) ? CultureInfo.InvariantCulture : result.Culture;
            return new ValueProviderResult(new StringValues(latin), culture);
        }
    }
}
