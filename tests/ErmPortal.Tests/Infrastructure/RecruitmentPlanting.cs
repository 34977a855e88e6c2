using ErmPortal.Data.Organisation;
using ErmPortal.Data.Recruitment;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>A published opening planted straight into the database, with its hiring team and candidates in its first stage.</summary>
public record PlantedOpening(int OpeningId, int RequisitionId, IReadOnlyList<int> ApplicationIds, IReadOnlyList<int> CandidateIds);

public static class RecruitmentPlanting
{
    /// <summary>
    /// An approved requisition from the hiring manager turned into a published opening, with the interviewers named
    /// and the given number of candidates (unique emails under <paramref name="emailPrefix"/>) in Applied.
    /// </summary>
    public static Task<PlantedOpening> PlantOpeningAsync(this PortalFactory portal, string hiringManagerEmail, string[] interviewerEmails,
        int candidates, string emailPrefix, OpeningAudience audience = OpeningAudience.Everyone, string title = "Planted opening") =>
        portal.QueryDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var manager = await db.Employees.SingleAsync(e => e.WorkEmail == hiringManagerEmail);
            var requisition = new Requisition
            {
                PositionId = manager.PositionId, DepartmentId = manager.DepartmentId, LocationId = manager.LocationId,
                Reason = RequisitionReason.NewRole, Headcount = 1, SalaryFrom = 40000, SalaryTo = 50000, Currency = "EUR",
                TargetStartDate = DateOnly.FromDateTime(now).AddMonths(2), RequestedById = manager.Id,
            };
            requisition.Submit(now.AddDays(-3));
            requisition.Approve("planted", null, now.AddDays(-2));
            db.Add(requisition);
            await db.SaveChangesAsync();

            var opening = Opening.FromRequisition(requisition, title, manager.Id, now.AddDays(-1));
            opening.Audience = audience;
            opening.DescriptionHtml = "<p>A planted opening.</p>";
            foreach (var email in interviewerEmails)
                opening.Interviewers.Add(new OpeningInterviewer { EmployeeId = await db.Employees.Where(e => e.WorkEmail == email).Select(e => e.Id).SingleAsync() });
            opening.Publish(now.AddDays(-1));
            db.Add(opening);
            await db.SaveChangesAsync();

            var applied = opening.Stages.Single(s => s.Kind == StageKind.Applied);
            var applications = Enumerable.Range(1, candidates).Select(i =>
            {
                var candidate = Candidate.Create($"Candidate{i}", $"{emailPrefix}", $"{emailPrefix}.{i}@candidates.test", now);
                return JobApplication.Receive(opening, applied, candidate, CandidateSource.CareersPage, now.AddHours(-i));
            }).ToList();
            db.AddRange(applications);
            await db.SaveChangesAsync();
            return new PlantedOpening(opening.Id, requisition.Id, applications.Select(a => a.Id).ToList(), applications.Select(a => a.CandidateId).ToList());
        });

    /// <summary>The hiring team moves the application on to the offer stage, through the domain as the board does.</summary>
    public static Task MoveToOfferAsync(this PortalFactory portal, int applicationId) => portal.QueryDbAsync(async db =>
    {
        var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.StageVisits).Include(a => a.Opening).ThenInclude(o => o.Stages)
            .SingleAsync(a => a.Id == applicationId);
        application.MoveTo(application.Opening.Stages.Single(s => s.Kind == StageKind.Offer), null, DateTime.UtcNow);
        return await db.SaveChangesAsync();
    });

    /// <summary>An offer in the given state, made through the domain, drafted by HR, starting on <paramref name="startDate"/>.</summary>
    public static Task<int> PlantOfferAsync(this PortalFactory portal, int applicationId, decimal salary, OfferStatus upTo, DateOnly startDate) =>
        portal.QueryDbAsync(async db =>
        {
            var application = await db.Set<JobApplication>().Include(a => a.Stage).Include(a => a.Opening).ThenInclude(o => o.Requisition)
                .SingleAsync(a => a.Id == applicationId);
            var offer = Offer.Draft(application, application.Opening.Requisition, salary, "EUR", startDate, application.Opening.PositionId, null, "planted", DateTime.UtcNow);
            if (upTo is OfferStatus.Sent or OfferStatus.Accepted) offer.Send(DateTime.UtcNow);
            if (upTo == OfferStatus.Accepted) offer.RecordAccepted(DateTime.UtcNow);
            db.Add(offer);
            await db.SaveChangesAsync();
            return offer.Id;
        });
}
