using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Careers;

/// <summary>
/// A candidate we know applies to another opening from their private page: what they already told us is not asked
/// again. Their name and email are on file; the phone, skills and CV are asked for only when we have none (the CV they
/// sent last is used otherwise). Only the link proves who they are, so nothing is shown or filled in for a visitor who
/// merely types an email on the public form.
/// </summary>
public static class ApplyFromStatus
{
    public record Query(string Token, int OpeningId) : IRequest<Known>;

    /// <summary>The opening and which answers are on file already.</summary>
    public record Known(GetOpening.Details Opening, string FirstName, bool HasPhone, bool HasSkills, string? CvOnFile);

    public record Command : ICommand
    {
        [BindNever]
        public string Token { get; set; } = "";
        [BindNever]
        public int OpeningId { get; set; }
        /// <summary>For the page; filled by the controller, never posted.</summary>
        [BindNever]
        public Known? Known { get; set; }
        [Display(Name = "Phone")]
        public string? Phone { get; set; }
        [Display(Name = "Skills")]
        public string? Skills { get; set; }
        [Display(Name = "CV")]
        public IFormFile? Cv { get; set; }
        [Display(Name = "Cover letter")]
        public string? CoverLetter { get; set; }
        [Display(Name = "How did you hear about us?")]
        public CandidateSource Source { get; set; } = CandidateSource.CareersPage;
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Phone).MaximumLength(40);
            RuleFor(c => c.Skills).MaximumLength(1000);
            RuleFor(c => c.CoverLetter).MaximumLength(ApplyForOpening.MaxCoverLetterLength);
            RuleFor(c => c.Source).Must(s => ApplyForOpening.Sources.Contains(s)).WithMessage("Choose how you heard about us.");
            RuleFor(c => c.Cv).IsACv();
        }
    }

    public class QueryHandler(ErmDbContext db, CandidateLinks links, IMediator mediator) : IRequestHandler<Query, Known>
    {
        public async Task<Known> Handle(Query request, CancellationToken ct)
        {
            var candidateId = await links.CandidateIdOfAsync(request.Token, ct) ?? throw new NotFoundException();
            var opening = await mediator.Send(new GetOpening.Query(request.OpeningId), ct);
            var candidate = await db.Set<Candidate>().Where(c => c.Id == candidateId)
                .Select(c => new { c.FirstName, c.Phone, c.Skills }).FirstAsync(ct);
            var cv = await LatestCv(db, candidateId).Select(a => a.CvFileName).FirstOrDefaultAsync(ct);
            return new Known(opening, candidate.FirstName, !string.IsNullOrWhiteSpace(candidate.Phone), !string.IsNullOrWhiteSpace(candidate.Skills), cv);
        }
    }

    public class Handler(ErmDbContext db, CandidateLinks links, ApplicationIntake intake) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var candidateId = await links.CandidateIdOfAsync(request.Token, ct) ?? throw new NotFoundException();
            var opening = await intake.OpenOpeningAsync(request.OpeningId, ct);
            var candidate = await db.Set<Candidate>().FirstAsync(c => c.Id == candidateId, ct);
            await intake.EnsureFirstApplicationAsync(candidate, opening, ct);
            // Only blanks are filled: what is on file was not asked for, so nothing posted may overwrite it.
            if (string.IsNullOrWhiteSpace(candidate.Phone) && !string.IsNullOrWhiteSpace(request.Phone)) candidate.Phone = request.Phone.Trim();
            if (string.IsNullOrWhiteSpace(candidate.Skills) && !string.IsNullOrWhiteSpace(request.Skills)) candidate.Skills = Candidate.MergeSkills(null, request.Skills);
            var cv = request.Cv is not null
                ? await intake.StoreCvAsync(request.Cv, ct)
                : await LatestCv(db, candidateId).FirstOrDefaultAsync(ct) is { } earlier
                    ? await intake.CopyCvAsync(earlier, ct)
                    : null;
            if (cv is null) throw new DomainRuleException(nameof(Command.Cv), CvFile.Missing);
            await intake.ReceiveAsync(opening, candidate, request.Source, request.CoverLetter, cv, ct);
            return Unit.Value;
        }
    }

    private static IQueryable<JobApplication> LatestCv(ErmDbContext db, int candidateId) =>
        db.Set<JobApplication>().Where(a => a.CandidateId == candidateId && a.CvFileKey != null).OrderByDescending(a => a.AppliedAtUtc);
}
