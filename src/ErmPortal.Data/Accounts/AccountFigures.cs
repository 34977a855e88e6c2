namespace ErmPortal.Data.Accounts;

/// <summary>
/// The administrator's account figures, in a single row kept by the database's triggers on AspNetUsers (created by the
/// HomeFigures migration), so the home page reads one row instead of counting every account.
/// </summary>
public class AccountFigures
{
    public const int SingleRow = 1;

    public int Id { get; private set; }
    public int Accounts { get; private set; }
    public int Disabled { get; private set; }
    /// <summary>Enabled accounts nobody has signed in with yet.</summary>
    public int NeverSignedIn { get; private set; }
}
