using System.Security.Claims;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Infrastructure.Identity;

public static class IdentitySetup
{
    public static IServiceCollection AddErmIdentity(this IServiceCollection services, IWebHostEnvironment env)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // Length over composition rules (NIST SP 800-63B): long passphrases, no forced symbols.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ErmDbContext>()
            .AddSignInManager<ErmSignInManager>()
            .AddClaimsPrincipalFactory<ErmClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        // The default 100,000 PBKDF2 iterations are below OWASP's 2023 advice for PBKDF2-HMAC-SHA256.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        // A changed security stamp (a role change, say) reaches a signed-in person within a minute; disabling and password changes end the stored sessions at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(24));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "erm.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = env.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // A refused page is a 403 with the error page, not a redirect the person cannot make sense of.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Keys in the database: a restart (or a second instance) keeps everyone signed in. They are stored encrypted
        // with a certificate kept outside the database, so a copy of the database cannot forge a cookie.
        services.AddDataProtection().SetApplicationName("ErmPortal").PersistKeysToDbContext<ErmDbContext>();
        services.AddKeyEncryption();
        return services;
    }
}

/// <summary>Refuses sign-in to disabled accounts and records the time of each sign-in.</summary>
public class ErmSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    IClock clock)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        user.DisabledAtUtc is null && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(ApplicationUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        user.LastSignInAtUtc = clock.UtcNow;
        await UserManager.UpdateAsync(user);
        // The language the person chose on their account follows them to a browser that has not seen them before.
        if (user.PreferredCulture is { } culture && Context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] is null
            && PortalHost.SupportedCultures.Any(c => c.Name == culture))
            Shared.CultureCookie.Set(Context.Response, culture);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    /// <summary>The periodic stamp check also ends the session of an account disabled since sign-in.</summary>
    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { DisabledAtUtc: null } ? user : null;
    }
}

/// <summary>
/// Adds the person's employee id, display name and time zone to the sign-in, so pages need no lookup to know who
/// is asking or which clock they read.
/// </summary>
public class ErmClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    ErmDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "erm:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.TimeZoneId)) identity.AddClaim(new Claim(Preferences.ViewerFormat.TimeZoneClaim, user.TimeZoneId));
        var employee = await db.Employees.AsNoTracking()
            .Where(e => e.UserId == user.Id)
            .Select(e => new { e.Id, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName })
            .FirstOrDefaultAsync();
        if (employee is not null)
        {
            identity.AddClaim(new Claim(HttpCurrentUser.EmployeeIdClaim, employee.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(DisplayNameClaim, employee.Name));
        }
        return identity;
    }
}
