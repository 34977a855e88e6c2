using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// HR records that someone finished training: from their place on a session (the roster's "record completion"), or from
/// the person, for a catalog course or outside training named by title and provider. Hours and cost default to the
/// course's. What HR records counts at once; a place it completes is marked completed, and a place someone changed after
/// the form was opened is a conflict rather than silently overwritten.
/// </summary>
public static class RecordCompletion
{
    [RequireRole(Roles.Hr)]
    public record Query(int? EnrolmentId, int? EmployeeId) : IRequest<Command>;

    /// <summary>The form's choice of a catalog course, with what it takes and costs for the defaults.</summary>
    public record CourseOption(int Id, string Title, decimal Hours, decimal Cost, string Currency);

    [RequireRole(Roles.Hr)]
    public record Command : ICommand<int>
    {
        public int? EnrolmentId { get; set; }
        public int? EmployeeId { get; set; }
        /// <summary>The catalog course; none for outside training, which then needs a title.</summary>
        public int? CourseId { get; set; }
        public string? Title { get; set; }
        public string? Provider { get; set; }
        public DateOnly? CompletedOn { get; set; }
        /// <summary>Empty means the course's.</summary>
        public decimal? Hours { get; set; }
        /// <summary>Empty means the course's.</summary>
        public decimal? Cost { get; set; }
        public decimal? Score { get; set; }
        public bool Passed { get; set; } = true;
        public IFormFile? Certificate { get; set; }
        public DateOnly? CertificateExpiresOn { get; set; }
        /// <summary>The place's version when the form was opened.</summary>
        public Guid? Version { get; set; }

        [BindNever] public string PersonName { get; set; } = "";
        /// <summary>The place's course and session, when recording from a place.</summary>
        [BindNever] public string? EnrolledOn { get; set; }
        [BindNever] public IReadOnlyList<CourseOption> Courses { get; set; } = [];
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator(IClock clock)
        {
            RuleFor(c => c.CompletedOn).NotNull().WithMessage("Give the day the training was completed.")
                .LessThanOrEqualTo(_ => clock.Today).WithMessage("The completion day cannot be in the future.");
            RuleFor(c => c.Title).NotEmpty().WithMessage("Choose a course, or name the outside training.")
                .When(c => c.EnrolmentId is null && c.CourseId is null);
            RuleFor(c => c.Title).MaximumLength(200);
            RuleFor(c => c.Provider).MaximumLength(200);
            RuleFor(c => c.Hours).NotNull().WithMessage("Give the hours of outside training.").When(c => c.EnrolmentId is null && c.CourseId is null);
            RuleFor(c => c.Hours).InclusiveBetween(0, 1000).WithMessage("Hours are between 0 and 1000.");
            RuleFor(c => c.Cost).InclusiveBetween(0, 1_000_000).WithMessage("The cost cannot be negative.");
            RuleFor(c => c.Score).InclusiveBetween(0, 100).WithMessage("A score is between 0 and 100.");
            RuleFor(c => c.CertificateExpiresOn).GreaterThan(c => c.CompletedOn).WithMessage("A certificate expires after the training was completed.")
                .When(c => c.CompletedOn is not null);
            RuleFor(c => c.Certificate).Custom((file, context) =>
            {
                if (CertificateFile.ProblemOf(file) is { } problem) context.AddFailure(nameof(Command.Certificate), problem);
            });
        }
    }

    /// <summary>The place to complete: one holding a seat (on a session or a course without dates), of a person still here.</summary>
    private static IQueryable<Enrolment> Completable(ErmDbContext db, int id) =>
        db.Set<Enrolment>().Where(e => e.Id == id && e.Status == EnrolmentStatus.Enrolled && e.Employee.Status != Data.Organisation.EmployeeStatus.Left);

    /// <summary>Fills what the form shows besides the fields: whose training, which place or which courses to choose from.</summary>
    private static async Task DescribeAsync(ErmDbContext db, Command command, CancellationToken ct)
    {
        if (command.EnrolmentId is { } enrolmentId)
        {
            var place = await Completable(db, enrolmentId).Select(e => new
            {
                e.EmployeeId, Name = (e.Employee.PreferredName ?? e.Employee.LegalFirstName) + " " + e.Employee.LegalLastName,
                e.Course.Title, e.Version, Session = e.Session == null ? (DateTime?)null : e.Session.StartsAtUtc,
            }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            command.EmployeeId = place.EmployeeId;
            command.PersonName = place.Name;
            command.EnrolledOn = place.Title;
            command.Version ??= place.Version;
            return;
        }
        if (command.EmployeeId is not { } employeeId) return;
        command.PersonName = await db.Employees.Where(e => e.Id == employeeId && e.Status != Data.Organisation.EmployeeStatus.Left)
            .Select(e => (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        command.Courses = await db.Set<Course>().Where(c => c.ArchivedAtUtc == null).OrderBy(c => c.Title)
            .Select(c => new CourseOption(c.Id, c.Title, c.Hours, c.Cost, c.Currency)).ToListAsync(ct);
    }

    public class QueryHandler(ErmDbContext db, IClock clock) : IRequestHandler<Query, Command>
    {
        public async Task<Command> Handle(Query request, CancellationToken ct)
        {
            var command = new Command { EnrolmentId = request.EnrolmentId, EmployeeId = request.EnrolmentId is null ? request.EmployeeId : null, CompletedOn = clock.Today };
            await DescribeAsync(db, command, ct);
            return command;
        }
    }

    /// <summary>The form again after a refusal, with what it shows besides the fields.</summary>
    [RequireRole(Roles.Hr)]
    public record Redisplay(Command Command) : IRequest<Command>;

    public class RedisplayHandler(ErmDbContext db) : IRequestHandler<Redisplay, Command>
    {
        public async Task<Command> Handle(Redisplay request, CancellationToken ct)
        {
            await DescribeAsync(db, request.Command, ct);
            return request.Command;
        }
    }

    public class Handler(ErmDbContext db, ICurrentUser user, IClock clock, IFileStorage storage, TransactionEffects effects) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            // Described first, so a conflict or a refused file shows the form as it was.
            if (request.EnrolmentId is null && request.EmployeeId is null) throw new NotFoundException();
            await DescribeAsync(db, request, ct);
            var record = request.EnrolmentId is { } enrolmentId ? await FromPlaceAsync(enrolmentId, request, ct) : await ForPersonAsync(request, ct);
            record.CompletedOn = request.CompletedOn!.Value;
            record.Score = request.Score;
            record.Passed = request.Passed;
            record.CertificateExpiresOn = request.CertificateExpiresOn;
            if (request.Certificate is { } file)
            {
                var stored = await CertificateFile.StoreAsync(file, storage, effects, ct);
                (record.CertificateFileKey, record.CertificateFileName, record.CertificateContentType) = (stored.Key, stored.FileName, stored.ContentType);
            }
            record.RecordedAtUtc = clock.UtcNow;
            record.RecordedByUserId = user.UserId ?? "";
            record.Confirm(user.UserId ?? "", clock.UtcNow);
            db.Add(record);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConcurrencyConflictException("Someone changed this place while you were recording. Open the session again to see where it stands.");
            }
            return record.Id;
        }

        private async Task<TrainingRecord> FromPlaceAsync(int enrolmentId, Command request, CancellationToken ct)
        {
            var place = await Completable(db, enrolmentId).Include(e => e.Course).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            if (place.Version != request.Version)
                throw new ConcurrencyConflictException("Someone changed this place after you opened the form. Check it and record again.", currentVersion: place.Version);
            db.Entry(place).Property(e => e.Version).OriginalValue = request.Version!.Value;
            place.Status = EnrolmentStatus.Completed;
            return new TrainingRecord
            {
                EmployeeId = place.EmployeeId, CourseId = place.CourseId, EnrolmentId = place.Id, Title = place.Course.Title, Provider = place.Course.Provider,
                Source = TrainingRecordSource.Enrolment, Hours = request.Hours ?? place.Course.Hours, Cost = request.Cost ?? place.Course.Cost,
                Currency = place.Course.Currency,
            };
        }

        private async Task<TrainingRecord> ForPersonAsync(Command request, CancellationToken ct)
        {
            if (request.CourseId is not { } courseId)
                return new TrainingRecord
                {
                    EmployeeId = request.EmployeeId!.Value, Title = request.Title!.Trim(), Provider = request.Provider?.Trim(), Source = TrainingRecordSource.RecordedByHr,
                    Hours = request.Hours ?? 0, Cost = request.Cost ?? 0,
                };
            var course = await db.Set<Course>().FirstOrDefaultAsync(c => c.Id == courseId && c.ArchivedAtUtc == null, ct) ?? throw new NotFoundException();
            return new TrainingRecord
            {
                EmployeeId = request.EmployeeId!.Value, CourseId = course.Id, Title = course.Title, Provider = course.Provider, Source = TrainingRecordSource.RecordedByHr,
                Hours = request.Hours ?? course.Hours, Cost = request.Cost ?? course.Cost, Currency = course.Currency,
            };
        }
    }
}
