using MediatR;

namespace ErmPortal.Data.Accounts;

/// <summary>An administrator gave an account a role. Granting HR or Admin widens what someone may read, so others are told.</summary>
public record RoleGranted(string UserId, string Role, string? GrantedByUserId) : INotification;

/// <summary>An administrator took a role away from an account.</summary>
public record RoleRevoked(string UserId, string Role, string? RevokedByUserId) : INotification;

/// <summary>An account was disabled (it can no longer sign in) or enabled again.</summary>
public record AccountDisabledChanged(string UserId, bool Disabled, string? ByUserId) : INotification;

/// <summary>An administrator ended an account's lockout before it ran out.</summary>
public record AccountUnlocked(string UserId, string? ByUserId) : INotification;
