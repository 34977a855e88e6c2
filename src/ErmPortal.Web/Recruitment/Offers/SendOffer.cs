using System.Text.Encodings.Web;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Accounts;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Email;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Offers;

/// <summary>
/// The letter goes to the candidate: they are emailed a link to read it (and print it) from their private status
/// link, with no account. Pay outside the range must have been approved first.
/// </summary>
public static class SendOffer
{
    public record Command(int Id, Guid Version) : ICommand;

    public class Handler(ErmDbContext db, OfferTeam team, CandidateLinks links, IEmailOutbox outbox, PortalAddress portal, IClock clock)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var offer = await team.LoadForChangeAsync(request.Id, request.Version, ct);
            offer.Send(clock.UtcNow);
            var candidate = await db.Set<Candidate>().FirstAsync(c => c.Id == offer.Application.CandidateId, ct);
            var title = await db.Set<Opening>().Where(o => o.Id == offer.Application.OpeningId).Select(o => o.Title).FirstAsync(ct);
            var link = portal.BaseUrl + CandidateOffersController.LetterPath(links.TokenFor(candidate), offer.Id);
            outbox.Enqueue(new EmailMessage(candidate.Email, $"Your offer: {title}",
                $"<p>Dear {HtmlEncoder.Default.Encode(candidate.FirstName)},</p><p>We are glad to offer you the position of " +
                $"{HtmlEncoder.Default.Encode(title)}. <a href=\"{HtmlEncoder.Default.Encode(link)}\">Read your offer letter</a>; you can print it " +
                "or save it as a PDF from there.</p><p>Reply to the person who has been in touch with you to accept or decline it.</p>"));
            await team.SaveAsync(ct);
            return Unit.Value;
        }
    }
}
