using System.Globalization;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>
/// The offer letter, the same words on the screen, on paper and in the PDF: for the hiring team at any stage of the
/// offer, and for the candidate from their private status link once it was sent to them.
/// </summary>
public static class OfferLetter
{
    public record TeamQuery(int OfferId) : IRequest<Letter>;

    /// <summary>The candidate, by the token of their status link: only their own offers, and only those sent to them.</summary>
    public record CandidateQuery(string Token, int OfferId) : IRequest<Letter>;

    public record Letter(int OfferId, string CandidateFirstName, string CandidateName, string OpeningTitle, string PositionTitle, string DepartmentName,
        string LocationName, decimal YearlySalary, string Currency, DateOnly StartDate, string? Note, string HiringManagerName, DateTime DraftedAtUtc,
        DateTime? SentAtUtc, OfferStatus Status)
    {
        /// <summary>Where the candidate's own view is, when it is the candidate who reads.</summary>
        public string? StatusToken { get; init; }

        /// <summary>The letter can be downloaded as a PDF (see <see cref="OfferLetterPdf.CanRender"/>); otherwise it is printed from its page.</summary>
        public bool HasPdf { get; init; }

        public DateOnly Date => DateOnly.FromDateTime(SentAtUtc ?? DraftedAtUtc);

        public string Salary => YearlySalary.ToString("#,0.##", CultureInfo.CurrentCulture);

        /// <summary>The body of the letter in the reader's language; the page and the PDF lay out the same paragraphs.</summary>
        public IReadOnlyList<string> Paragraphs(IStringLocalizer l)
        {
            var paragraphs = new List<string>
            {
                l["Dear {0},", CandidateFirstName],
                l["We are pleased to offer you the position of {0} in our {1} department, based in {2}, starting on {3}.", PositionTitle, DepartmentName,
                    LocationName, StartDate.ToString("D", CultureInfo.CurrentCulture)],
                l["Your gross yearly salary will be {0} {1}.", Salary, Currency],
            };
            if (Note is not null) paragraphs.Add(Note);
            paragraphs.Add(l["Please let us know whether you accept this offer. We look forward to working with you."]);
            return paragraphs;
        }
    }

    private static Task<Letter> LetterAsync(ErmDbContext db, int offerId, CancellationToken ct) => db.Set<Offer>().Where(o => o.Id == offerId).Select(o => new Letter(o.Id, o.Application.Candidate.FirstName,
        o.Application.Candidate.FirstName + " " + o.Application.Candidate.LastName, o.Application.Opening.Title, o.Position.Title,
        o.Application.Opening.Department.Name, o.Application.Opening.Location.Name, o.YearlySalary, o.Currency, o.StartDate, o.Note,
        (o.Application.Opening.HiringManager.PreferredName ?? o.Application.Opening.HiringManager.LegalFirstName) + " " + o.Application.Opening.HiringManager.LegalLastName,
        o.DraftedAtUtc, o.SentAtUtc, o.Status)).FirstAsync(ct);

    public class TeamHandler(ErmDbContext db, OfferTeam team) : IRequestHandler<TeamQuery, Letter>
    {
        public async Task<Letter> Handle(TeamQuery request, CancellationToken ct)
        {
            await team.RequireForOfferAsync(request.OfferId, ct);
            return await LetterAsync(db, request.OfferId, ct);
        }
    }

    public class CandidateHandler(ErmDbContext db, CandidateLinks links) : IRequestHandler<CandidateQuery, Letter>
    {
        public async Task<Letter> Handle(CandidateQuery request, CancellationToken ct)
        {
            var candidateId = await links.CandidateIdOfAsync(request.Token, ct) ?? throw new NotFoundException();
            var offerId = await db.Set<Offer>()
                .Where(o => o.Id == request.OfferId && o.Application.CandidateId == candidateId && Offer.ShownToCandidate.Contains(o.Status))
                .Select(o => (int?)o.Id).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            return await LetterAsync(db, offerId, ct) with { StatusToken = request.Token };
        }
    }
}
