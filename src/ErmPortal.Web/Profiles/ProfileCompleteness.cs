namespace ErmPortal.Web.Profiles;

/// <summary>What a complete profile holds, as facts about one person; read with a projection, not the whole entity.</summary>
public record ProfileFacts(bool HasWorkPhone, bool HasPersonalContact, int EmergencyContacts, bool HasHomeAddress,
    bool HasDateOfBirth, bool HasBankAccount, int Skills, bool HasCareerAspirations);

public record CompletenessItem(string Label, bool Done, string Hint);

public record Completeness(IReadOnlyList<CompletenessItem> Items)
{
    public int Percent => Items.Count == 0 ? 100 : Items.Count(i => i.Done) * 100 / Items.Count;
    public IEnumerable<CompletenessItem> Missing => Items.Where(i => !i.Done);
}

/// <summary>
/// Scores a profile by the details HR and colleagues rely on, and says exactly what is missing and where to add it.
/// Each item weighs the same: a score people can reason about beats a precise one they cannot.
/// </summary>
public static class ProfileCompleteness
{
    public const int SkillsWanted = 3;

    public static Completeness Evaluate(ProfileFacts f) => new(
    [
        new("Work phone", f.HasWorkPhone, "Add your work phone so colleagues can call you."),
        new("Personal contact", f.HasPersonalContact, "Add a personal email or phone for when work channels are down."),
        new("Emergency contact", f.EmergencyContacts > 0, "Add someone to call in an emergency."),
        new("Home address", f.HasHomeAddress, "Request your home address through a change request."),
        new("Date of birth", f.HasDateOfBirth, "Request your date of birth through a change request."),
        new("Bank account", f.HasBankAccount, "Request your bank account through a change request, so pay can reach you."),
        new("Skills", f.Skills >= SkillsWanted, $"List at least {SkillsWanted} skills so colleagues can find you."),
        new("Career aspirations", f.HasCareerAspirations, "Say where you would like to grow; your manager sees it."),
    ]);
}
