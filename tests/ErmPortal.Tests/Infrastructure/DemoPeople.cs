namespace ErmPortal.Tests.Infrastructure;

/// <summary>The demo sign-ins the seeded organisation always has.</summary>
public static class DemoPeople
{
    public const string Admin = "admin@erm.demo";
    public const string Hr = "hr@erm.demo";
    public const string Manager = "manager@erm.demo";
    public const string Employee = "employee@erm.demo";

    public static readonly string[] All = [Admin, Hr, Manager, Employee];
}
