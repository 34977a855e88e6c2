using Microsoft.Data.Sqlite;

namespace ErmPortal.Benchmarks;

/// <summary>A manager whose pay review page is measured, and how many people below them are in the open cycle.</summary>
public record PayReviewer(string Email, int People);

/// <summary>
/// The managers of the pay review pages, picked by the size of their team in the cycle the demo data leaves open (its
/// proposals are seeded for everyone in it, and the demo manager's whole subtree is still to decide). The skip-level
/// manager is the demo manager, a head of department: over 1,000 people in the cycle at 10,000 employees. The team's
/// manager is the one directly below them with the most people in the cycle (about 160 at 10,000) among those without
/// a demo sign-in; seeded people have no password, so that one is given the demo password here, before the portal
/// starts, and signs in through the real form like everyone else.
/// </summary>
public static class PayReviewers
{
    public static async Task<(PayReviewer Team, PayReviewer SkipLevel)> PrepareAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = """
            WITH RECURSIVE
                demo AS (SELECT e.Id FROM Employees e JOIN AspNetUsers u ON u.Id = e.UserId WHERE u.NormalizedEmail = 'MANAGER@ERM.DEMO'),
                heads(Head) AS (SELECT Id FROM demo UNION ALL SELECT e.Id FROM Employees e JOIN demo ON e.ManagerId = demo.Id),
                below(Head, Id, Depth) AS (
                    SELECT h.Head, e.Id, 1 FROM heads h JOIN Employees e ON e.ManagerId = h.Head
                    UNION ALL
                    SELECT b.Head, e.Id, b.Depth + 1 FROM below b JOIN Employees e ON e.ManagerId = b.Id WHERE b.Depth < 64)
            SELECT u.Email, u.PasswordHash IS NOT NULL, h.Head = (SELECT Id FROM demo),
                (SELECT COUNT(*) FROM below b JOIN PayProposals p ON p.EmployeeId = b.Id
                 WHERE b.Head = h.Head AND p.CycleId IN (SELECT Id FROM CompensationCycles WHERE Status = 'Open')) AS People
            FROM heads h JOIN Employees m ON m.Id = h.Head JOIN AspNetUsers u ON u.Id = m.UserId
            ORDER BY People DESC, u.Email
            """;
        var managers = new List<(string Email, bool SignsIn, bool IsDemoManager, int People)>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                managers.Add((reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetInt32(3)));

        var skipLevel = managers.SingleOrDefault(m => m.IsDemoManager);
        if (skipLevel.Email is null || skipLevel.People == 0)
            throw new InvalidOperationException("The demo manager has nobody in an open compensation cycle: the demo data opens one for the seeded organisation.");
        var team = managers.FirstOrDefault(m => !m.IsDemoManager && !m.SignsIn && m.People > 0);
        if (team.Email is null)
            throw new InvalidOperationException("Nobody directly below the demo manager manages people in the open compensation cycle: seed more employees.");

        var password = connection.CreateCommand();
        password.CommandText = """
            UPDATE AspNetUsers SET PasswordHash = (SELECT PasswordHash FROM AspNetUsers WHERE NormalizedEmail = 'MANAGER@ERM.DEMO')
            WHERE NormalizedEmail = $email
            """;
        password.Parameters.AddWithValue("$email", team.Email.ToUpperInvariant());
        await password.ExecuteNonQueryAsync();
        // The portal opens the file next: no pooled connection of ours may hold it.
        SqliteConnection.ClearPool(connection);
        return (new PayReviewer(team.Email, team.People), new PayReviewer(skipLevel.Email, skipLevel.People));
    }
}
