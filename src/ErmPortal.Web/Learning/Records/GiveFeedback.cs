using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// A participant rates a catalog course they completed, 1 to 5 with a comment if they like: once per completion, changed
/// as often as they want. Only their own counted record of a catalog course can be rated.
/// </summary>
public static class GiveFeedback
{
    public record Command : ICommand
    {
        [BindNever] public int RecordId { get; set; }
        public int? Rating { get; set; }
        public string? Comment { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Rating).NotNull().WithMessage("Choose a rating from 1 to 5.").InclusiveBetween(1, 5).WithMessage("Choose a rating from 1 to 5.");
            RuleFor(c => c.Comment).MaximumLength(TrainingFeedback.MaxComment);
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var me = user.EmployeeId ?? throw new NotFoundException();
            var record = await db.Set<TrainingRecord>()
                .Where(r => r.Id == request.RecordId && r.EmployeeId == me && r.CourseId != null && r.ConfirmedAtUtc != null)
                .Select(r => new { r.Id, CourseId = r.CourseId!.Value, SessionId = db.Set<Enrolment>().Where(e => e.Id == r.EnrolmentId).Select(e => e.SessionId).FirstOrDefault() })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var feedback = await db.Set<TrainingFeedback>().FirstOrDefaultAsync(f => f.TrainingRecordId == record.Id, ct);
            if (feedback is null)
            {
                feedback = new TrainingFeedback { TrainingRecordId = record.Id, CourseId = record.CourseId, SessionId = record.SessionId };
                db.Add(feedback);
            }
            feedback.Rating = request.Rating!.Value;
            feedback.Comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
            feedback.GivenAtUtc = clock.UtcNow;
            return Unit.Value;
        }
    }
}
