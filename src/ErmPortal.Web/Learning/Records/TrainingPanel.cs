using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// "Training" on the profile: the person's last records and their current certifications, with a link to all, for the
/// person, their managers and HR (who may record a completion from here). Nobody else sees it.
/// </summary>
public class TrainingPanel(ErmDbContext db, IClock clock) : ViewComponent
{
    private const int Shown = 5;

    public record Line(int Id, string Title, DateOnly CompletedOn, bool Passed, bool Counts);

    public record Certificate(int Id, string Title, DateOnly ExpiresOn);

    public record Model(int EmployeeId, bool IsSelf, bool MayRecord, DateOnly Today, IReadOnlyList<Line> Records, IReadOnlyList<Certificate> Certifications);

    public async Task<IViewComponentResult> InvokeAsync(ProfileSubject subject)
    {
        var hr = subject.Is(EmployeeRelation.Hr);
        if (!hr && !subject.Is(EmployeeRelation.Self) && !subject.Is(EmployeeRelation.ManagerChain)) return Content(string.Empty);
        var ct = HttpContext.RequestAborted;
        var id = subject.EmployeeId;
        // A person's own records are a few dozen over a career: read once, in one statement, and sorted here.
        var mine = (await Certifications.OfPerson(db, id).ToListAsync(ct)).Select(r => r.Record).ToList();
        var records = mine.Where(r => r.RefusedAtUtc == null).OrderByDescending(r => r.CompletedOn).ThenByDescending(r => r.Id).Take(Shown)
            .Select(r => new Line(r.Id, r.Title, r.CompletedOn, r.Passed, r.ConfirmedAtUtc != null)).ToList();
        var certifications = Certifications.Current(mine.AsQueryable()).OrderBy(r => r.CertificateExpiresOn).Take(Shown)
            .Select(r => new Certificate(r.Id, r.Title, r.CertificateExpiresOn!.Value)).ToList();
        return records.Count > 0 || hr
            ? View("~/Learning/Records/TrainingPanel.cshtml", new Model(subject.EmployeeId, subject.Is(EmployeeRelation.Self), hr, clock.Today, records, certifications))
            : Content(string.Empty);
    }
}
