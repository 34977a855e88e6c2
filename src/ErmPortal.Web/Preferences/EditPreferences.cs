using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace ErmPortal.Web.Preferences;

/// <summary>
/// The language and time zone the person reads the portal in. Saved on their account, so it follows them to
/// another browser; the sign-in is renewed so the new zone applies from the next page on.
/// </summary>
public static class EditPreferences
{
    public record Query : IRequest<Command>;

    public record Command : IRequest
    {
        [Display(Name = "Language")]
        public string Culture { get; init; } = "en";
        /// <summary>Empty: the portal's zone.</summary>
        [Display(Name = "Time zone")]
        public string? TimeZoneId { get; init; }
    }

    public record Option(string Value, string Text);

    /// <summary>The languages, each in its own words, and every time zone the server knows, by offset then name.</summary>
    public static IReadOnlyList<Option> Languages { get; } =
        PortalHost.SupportedCultures.Select(c => new Option(c.Name, Capitalise(c.NativeName, c))).ToList();

    public static IReadOnlyList<Option> TimeZones { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.HasIanaId)
        .OrderBy(z => z.BaseUtcOffset).ThenBy(z => z.Id, StringComparer.Ordinal)
        .Select(z => new Option(z.Id, $"(UTC{(z.BaseUtcOffset < TimeSpan.Zero ? "-" : "+")}{z.BaseUtcOffset:hh\\:mm}) {z.Id}"))
        .ToList();

    private static string Capitalise(string name, CultureInfo culture) => name.Length == 0 ? name : char.ToUpper(name[0], culture) + name[1..];

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Culture).Must(c => PortalHost.SupportedCultures.Any(s => s.Name == c)).WithMessage("Choose one of the portal's languages.");
            RuleFor(c => c.TimeZoneId).Must(z => string.IsNullOrEmpty(z) || ViewerFormat.FindZone(z) is not null)
                .WithMessage("Choose a time zone from the list.");
        }
    }

    public class QueryHandler(UserManager<ApplicationUser> users, ICurrentUser currentUser) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken cancellationToken)
        {
            var user = await users.GetUserAsync(currentUser.Principal) ?? throw new NotFoundException();
            return new Command { Culture = user.PreferredCulture ?? CultureInfo.CurrentUICulture.Name, TimeZoneId = user.TimeZoneId };
        }
    }

    public class Handler(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, ICurrentUser currentUser)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await users.GetUserAsync(currentUser.Principal) ?? throw new NotFoundException();
            user.PreferredCulture = request.Culture;
            user.TimeZoneId = string.IsNullOrEmpty(request.TimeZoneId) ? null : request.TimeZoneId;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
            return Unit.Value;
        }
    }
}

/// <summary>The footer's language picker, used while signed in: the choice is kept on the account too.</summary>
public static class SaveLanguage
{
    public record Command(string Culture) : IRequest;

    public class Handler(UserManager<ApplicationUser> users, ICurrentUser currentUser) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            if (!currentUser.IsAuthenticated || await users.GetUserAsync(currentUser.Principal) is not { } user) return Unit.Value;
            if (user.PreferredCulture == request.Culture) return Unit.Value;
            user.PreferredCulture = request.Culture;
            await users.UpdateAsync(user);
            return Unit.Value;
        }
    }
}
