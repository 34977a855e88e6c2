using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Learning.Records;

/// <summary>
/// HR confirms training a person recorded (it counts from then on) or refuses it with a reason the person reads. Either
/// way the person is told. A record another HR person decided meanwhile is a conflict, not decided twice.
/// </summary>
public static class DecideOutsideTraining
{
    [RequireRole(Roles.Hr)]
    public record Confirm(int Id) : ICommand;

    [RequireRole(Roles.Hr)]
    public record Query(int Id) : IRequest<Refuse>;

    [RequireRole(Roles.Hr)]
    public record Refuse : ICommand
    {
        [BindNever] public int Id { get; set; }
        public string? Reason { get; set; }
        [BindNever] public ListRecordsToConfirm.Row? Record { get; set; }
    }

    public class Validator : AbstractValidator<Refuse>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the training is not confirmed: the person reads it.").MaximumLength(1000);
        }
    }

    private const string Decided = "Someone in HR has decided on this training already.";

    private static async Task<TrainingRecord> WaitingAsync(ErmDbContext db, int id, CancellationToken ct)
    {
        var record = await db.Set<TrainingRecord>().FirstOrDefaultAsync(r => r.Id == id && r.Source == TrainingRecordSource.SelfRecorded, ct)
                     ?? throw new NotFoundException();
        return record.AwaitsConfirmation ? record : throw new ConcurrencyConflictException(Decided);
    }

    /// <summary>The record as the queue shows it, for the refusal page.</summary>
    public class QueryHandler(ErmDbContext db) : IRequestHandler<Query, Refuse>
    {
        public async Task<Refuse> Handle(Query request, CancellationToken ct) => new()
        {
            Id = request.Id,
            Record = await ListRecordsToConfirm.Waiting(db).Where(r => r.Id == request.Id)
                .Select(r => new ListRecordsToConfirm.Row(r.Id, r.EmployeeId, (r.Employee.PreferredName ?? r.Employee.LegalFirstName) + " " + r.Employee.LegalLastName,
                    r.Title, r.Provider, r.CompletedOn, r.Hours, r.Cost, r.Currency, r.CertificateFileKey != null, r.CertificateExpiresOn, r.RecordedAtUtc))
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(),
        };
    }

    public class ConfirmHandler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Confirm, Unit>
    {
        public async Task<Unit> Handle(Confirm request, CancellationToken ct)
        {
            (await WaitingAsync(db, request.Id, ct)).Confirm(user.UserId ?? "", clock.UtcNow);
            return await SaveAsync(db, ct);
        }
    }

    public class RefuseHandler(ErmDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<Refuse, Unit>
    {
        public async Task<Unit> Handle(Refuse request, CancellationToken ct)
        {
            (await WaitingAsync(db, request.Id, ct)).Refuse(request.Reason!.Trim(), user.UserId ?? "", clock.UtcNow);
            return await SaveAsync(db, ct);
        }
    }

    private static async Task<Unit> SaveAsync(ErmDbContext db, CancellationToken ct)
    {
        // The version check in the UPDATE catches another decision landing between our read and our save.
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(Decided); }
        return Unit.Value;
    }
}
