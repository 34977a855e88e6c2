using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// A person records training they did on their own: a conference, an evening course, a certification they took. It waits
/// for HR, who is told, and counts (for compliance and investment) only once HR confirms it.
/// </summary>
public static class RecordOutsideTraining
{
    public record Command : ICommand<int>
    {
        public string? Title { get; set; }
        public string? Provider { get; set; }
        public DateOnly? CompletedOn { get; set; }
        public decimal? Hours { get; set; }
        /// <summary>What the employer paid, if anything; what the person paid themselves is not the employer's investment.</summary>
        public decimal? Cost { get; set; }
        public IFormFile? Certificate { get; set; }
        public DateOnly? CertificateExpiresOn { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(IClock clock)
        {
            RuleFor(c => c.Title).NotEmpty().WithMessage("Name the training.").MaximumLength(200);
            RuleFor(c => c.Provider).MaximumLength(200);
            RuleFor(c => c.CompletedOn).NotNull().WithMessage("Give the day the training was completed.")
                .LessThanOrEqualTo(_ => clock.Today).WithMessage("The completion day cannot be in the future.");
            RuleFor(c => c.Hours).NotNull().WithMessage("Give the hours of outside training.").InclusiveBetween(0, 1000).WithMessage("Hours are between 0 and 1000.");
            RuleFor(c => c.Cost).InclusiveBetween(0, 1_000_000).WithMessage("The cost cannot be negative.");
            RuleFor(c => c.CertificateExpiresOn).GreaterThan(c => c.CompletedOn).WithMessage("A certificate expires after the training was completed.")
                .When(c => c.CompletedOn is not null);
            RuleFor(c => c.Certificate).Custom((file, context) =>
            {
                if (CertificateFile.ProblemOf(file) is { } problem) context.AddFailure(nameof(Command.Certificate), problem);
            });
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock, IFileStorage storage, TransactionEffects effects) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            // Only someone with an employee record has training of their own.
            var me = user.EmployeeId ?? throw new NotFoundException();
            var record = new TrainingRecord
            {
                EmployeeId = me, Title = request.Title!.Trim(), Provider = string.IsNullOrWhiteSpace(request.Provider) ? null : request.Provider.Trim(),
                Source = TrainingRecordSource.SelfRecorded, CompletedOn = request.CompletedOn!.Value, Hours = request.Hours!.Value, Cost = request.Cost ?? 0,
                Passed = true, CertificateExpiresOn = request.CertificateExpiresOn, RecordedAtUtc = clock.UtcNow, RecordedByUserId = user.UserId ?? "",
            };
            if (request.Certificate is { } file)
            {
                var stored = await CertificateFile.StoreAsync(file, storage, effects, ct);
                (record.CertificateFileKey, record.CertificateFileName, record.CertificateContentType) = (stored.Key, stored.FileName, stored.ContentType);
            }
            record.SubmitForConfirmation();
            db.Add(record);
            await db.SaveChangesAsync(ct);
            return record.Id;
        }
    }
}
