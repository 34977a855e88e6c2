using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Infrastructure.Localization;

/// <summary>
/// A validation failure in the reader's language. A rule with a message of its own (<c>WithMessage</c>) gives an
/// English text that is a key; FluentValidation's built-in rules give a code, and the message names the field
/// by the label the form shows (its <c>[Display(Name)]</c>, translated), never by the property name. A failure made
/// in code may carry the arguments of its message's {0}-style placeholders as its <c>CustomState</c> (an object[]).
/// </summary>
public class ValidationMessages(IStringLocalizerFactory localizers, IModelMetadataProvider metadata)
{
    private static readonly Dictionary<string, string> BuiltIn = new()
    {
        ["NotEmptyValidator"] = Required,
        ["NotNullValidator"] = Required,
        ["MaximumLengthValidator"] = "{0} can be at most {1} characters long.",
        // FluentValidation names the rule of EmailAddress() "EmailValidator".
        ["EmailValidator"] = "{0} is not a valid email address.",
        ["EnumValidator"] = "{0} is not one of the choices.",
    };

    public const string Required = "{0} is required.";
    public const string Invalid = "{0} is not valid.";

    /// <summary>The messages that name a field, for the built-in rules and for model binding.</summary>
    public static IEnumerable<string> FieldMessages => BuiltIn.Values.Append(Invalid).Distinct();

    public string For(ValidationFailure failure, Type? modelType)
    {
        var localizer = LocalizerFor(modelType);
        var own = localizer[failure.ErrorMessage, failure.CustomState as object[] ?? []];
        // A message of the rule's own that lacks a translation still says more than a generic one would.
        if (!own.ResourceNotFound || !BuiltIn.TryGetValue(failure.ErrorCode ?? "", out var template)) return own;
        var limit = failure.FormattedMessagePlaceholderValues?.GetValueOrDefault("MaxLength") ?? "";
        return localizer[template, Label(modelType, failure.PropertyName), limit];
    }

    /// <summary>A message written in code for the form of <paramref name="modelType"/>, in its module's words.</summary>
    public string For(string message, object[] arguments, Type? modelType) => LocalizerFor(modelType)[message, arguments];

    private IStringLocalizer LocalizerFor(Type? modelType) =>
        localizers.Create(ModuleResourcesLocalizerFactory.ResourceOf(modelType ?? typeof(SharedResource)));

    /// <summary>The translated label of a property, following a path such as "EmergencyContacts[0].Phone".</summary>
    private string Label(Type? modelType, string path)
    {
        var type = modelType;
        ModelMetadata? property = null;
        foreach (var segment in path.Split('.'))
        {
            if (type is null) break;
            var name = segment.Split('[')[0];
            property = metadata.GetMetadataForType(type).Properties[name];
            type = property is null ? null : segment.Contains('[') ? property.ElementMetadata?.ModelType : property.ModelType;
        }
        return property?.DisplayName ?? path;
    }
}

/// <summary>
/// Model binding in the reader's language: MVC's own messages translated and naming the label ("'abc' is not a
/// valid value for Hire date."), and numbers and dates understood as typed in every language.
/// </summary>
public class LocalizedModelBinding(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => localizer["'{0}' is not a valid value for {1}.", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => localizer[ValidationMessages.Required, field]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["A value is required."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["'{0}' is not a valid value.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["The value is not valid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["The value must be a number."]);
        messages.SetUnknownValueIsInvalidAccessor(field => localizer[ValidationMessages.Invalid, field]);
        messages.SetValueIsInvalidAccessor(value => localizer["'{0}' is not a valid value.", value]);
        messages.SetValueMustBeANumberAccessor(field => localizer["{0} must be a number.", field]);
        messages.SetValueMustNotBeNullAccessor(value => localizer["A value is required."]);

        options.ModelBinderProviders.Insert(0, new NumbersAndDatesModelBinderProvider(options.ModelBinderProviders));
    }
}
