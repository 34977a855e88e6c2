using System.Globalization;
using System.Text;
using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Organisation;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Modules;
using ErmPortal.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Documents;

/// <summary>
/// The demo employee's papers: their contract, an identity document that expires within the month (so the reminder and
/// the "expiring soon" flag have something to show) and a background check only HR sees. The files are small real PDFs
/// written at seed time, so every download opens. A few colleagues' work permits give HR's card something to renew.
/// </summary>
public class DocumentDemoData(ErmDbContext db, IFileStorage storage, IClock clock) : IDemoDataSeeder
{
    public int Order => 480;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.Where(e => e.WorkEmail == $"employee@{OrganisationSeeder.DemoDomain}")
            .Select(e => new { e.Id, e.HireDate, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName })
            .FirstOrDefaultAsync(cancellationToken);
        if (employee is null) return;
        var hr = await db.Users.Where(u => u.Email == $"hr@{OrganisationSeeder.DemoDomain}").Select(u => u.Id).FirstOrDefaultAsync(cancellationToken) ?? "";
        var uploaded = employee.HireDate.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc);
        var documents = new (EmployeeDocumentType Type, string Title, string File, DateOnly? Expires, DocumentVisibility Visibility, string Text)[]
        {
            (EmployeeDocumentType.Contract, "Employment contract", "contract.pdf", null, DocumentVisibility.PersonAndHr,
                $"Employment contract of {employee.Name}, starting {employee.HireDate:yyyy-MM-dd}."),
            (EmployeeDocumentType.IdentityDocument, "Passport", "passport.pdf", clock.Today.AddDays(21), DocumentVisibility.PersonAndHr,
                $"Passport of {employee.Name} (copy kept by HR)."),
            (EmployeeDocumentType.Certificate, "Background check", "background-check.pdf", null, DocumentVisibility.HrOnly,
                $"Background check of {employee.Name}: nothing to report."),
        };
        foreach (var (type, title, file, expires, visibility, text) in documents)
        {
            var content = DemoPdf.WithLine(text);
            var key = await storage.SaveAsync(new MemoryStream(content, writable: false), DocumentFile.Folder, ".pdf", cancellationToken);
            db.Add(new EmployeeDocument
            {
                EmployeeId = employee.Id, Type = type, Title = title, FileKey = key, FileName = file, ContentType = "application/pdf",
                SizeBytes = content.Length, ExpiresOn = expires, Visibility = visibility, UploadedAtUtc = uploaded, UploadedByUserId = hr,
            });
        }
        await PermitsAsync(hr, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Work permits of three colleagues, for HR's card of documents to renew: one ran out last week, one runs out in
    /// a fortnight, and one was renewed in time (the old permit is kept, and needs nothing more).
    /// </summary>
    private async Task PermitsAsync(string hr, CancellationToken ct)
    {
        var demoEmails = OrganisationSeeder.DemoAccounts.Select(a => a.Email).ToList();
        var colleagues = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && !demoEmails.Contains(e.WorkEmail))
            .OrderBy(e => e.Id).Take(3)
            .Select(e => new { e.Id, Name = (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName }).ToListAsync(ct);
        var today = clock.Today;
        var permits = new List<(int EmployeeId, string Name, DateOnly Expires)>();
        if (colleagues.Count > 0) permits.Add((colleagues[0].Id, colleagues[0].Name, today.AddDays(-5)));
        if (colleagues.Count > 1) permits.Add((colleagues[1].Id, colleagues[1].Name, today.AddDays(14)));
        if (colleagues.Count > 2)
            permits.AddRange([(colleagues[2].Id, colleagues[2].Name, today.AddDays(-60)), (colleagues[2].Id, colleagues[2].Name, today.AddYears(2))]);
        foreach (var (employeeId, name, expires) in permits)
        {
            var content = DemoPdf.WithLine($"Work permit of {name}, valid until {expires:yyyy-MM-dd}.");
            var key = await storage.SaveAsync(new MemoryStream(content, writable: false), DocumentFile.Folder, ".pdf", ct);
            db.Add(new EmployeeDocument
            {
                EmployeeId = employeeId, Type = EmployeeDocumentType.WorkPermit, Title = "Work permit", FileKey = key, FileName = "work-permit.pdf",
                ContentType = "application/pdf", SizeBytes = content.Length, ExpiresOn = expires, Visibility = DocumentVisibility.PersonAndHr,
                UploadedAtUtc = expires.AddYears(-2).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc), UploadedByUserId = hr,
            });
        }
    }
}

/// <summary>A one-page PDF with one line of text in a standard font: enough for a demo download to open in any viewer.</summary>
public static class DemoPdf
{
    public static byte[] WithLine(string text)
    {
        var escaped = new string(text.Where(ch => ch < 128).ToArray()).Replace(@"\", @"\\").Replace("(", @"\(").Replace(")", @"\)");
        var stream = $"BT /F1 14 Tf 72 760 Td ({escaped}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
