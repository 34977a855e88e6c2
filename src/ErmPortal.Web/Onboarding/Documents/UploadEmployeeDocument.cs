using ErmPortal.Data;
using ErmPortal.Data.Onboarding;
using ErmPortal.Data.Shared;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Recruitment.Careers;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Documents;

/// <summary>
/// Keeps a file about a person. HR uploads any document, choosing its type, expiry and who may see it. The person uploads
/// only what a task of their running plan asks for: the document takes the task's type, is shared with them, and the
/// upload completes the task. A file is checked by content and size before anything is written.
/// </summary>
public static class UploadEmployeeDocument
{
    public record Command : ICommand<int>
    {
        public int Id { get; set; }
        /// <summary>The plan task the upload answers; none when HR uploads a document of their own choosing.</summary>
        public int? TaskId { get; set; }
        public EmployeeDocumentType Type { get; set; }
        public string? Title { get; set; }
        public DateOnly? ExpiresOn { get; set; }
        public DocumentVisibility Visibility { get; set; } = DocumentVisibility.PersonAndHr;
        public IFormFile? File { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.File).Custom((file, context) =>
            {
                if (DocumentFile.ProblemOf(file) is { } problem) context.AddFailure(nameof(Command.File), problem);
            });
            RuleFor(c => c.Title).NotEmpty().WithMessage("Give the document a title.").When(c => c.TaskId is null);
            RuleFor(c => c.Title).MaximumLength(200);
            RuleFor(c => c.Type).IsInEnum();
            RuleFor(c => c.Visibility).IsInEnum();
        }
    }

    public class Handler(ErmDbContext db, DocumentAccess access, ICurrentUser user, IClock clock, IFileStorage storage, TransactionEffects effects)
        : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken ct)
        {
            var document = request.TaskId is { } taskId ? await ForTaskAsync(request.Id, taskId, request.ExpiresOn, ct) : await ByHrAsync(request, ct);
            await using (var content = request.File!.OpenReadStream())
            {
                var kind = DocumentFile.KindOf(content) ?? throw new DomainRuleException(nameof(Command.File), DocumentFile.WrongType);
                content.Position = 0;
                document.FileKey = await storage.SaveAsync(content, DocumentFile.Folder, kind.Extension, ct);
                document.ContentType = kind.ContentType;
            }
            var key = document.FileKey;
            effects.AfterRollback(cancellationToken => storage.DeleteAsync(key, cancellationToken));
            document.FileName = CvFile.DisplayName(request.File.FileName);
            document.SizeBytes = request.File.Length;
            document.UploadedAtUtc = clock.UtcNow;
            document.UploadedByUserId = user.UserId ?? "";
            db.Add(document);
            await db.SaveChangesAsync(ct);
            return document.Id;
        }

        private async Task<EmployeeDocument> ByHrAsync(Command request, CancellationToken ct)
        {
            await access.RequireAsync(request.Id, DocumentOperations.Manage, ct);
            return New(request.Id, request.Type, request.Title!.Trim(), request.ExpiresOn, request.Visibility, planTaskId: null);
        }

        /// <summary>Only a task still open, on a running plan of the person's, assigned to them and asking for a document.</summary>
        private async Task<EmployeeDocument> ForTaskAsync(int employeeId, int taskId, DateOnly? expiresOn, CancellationToken ct)
        {
            await access.RequireAsync(employeeId, DocumentOperations.UploadRequested, ct);
            var task = await RequestedDocuments.Open(db, employeeId).Include(t => t.Plan).ThenInclude(p => p.Tasks)
                .FirstOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new NotFoundException();
            task.Plan.Complete(task, user.UserId ?? "", clock.UtcNow);
            return New(employeeId, task.RequestedDocument!.Value, task.Title, expiresOn, DocumentVisibility.PersonAndHr, task.Id);
        }

        private static EmployeeDocument New(int employeeId, EmployeeDocumentType type, string title, DateOnly? expiresOn,
            DocumentVisibility visibility, int? planTaskId) => new()
        {
            EmployeeId = employeeId, Type = type, Title = title, ExpiresOn = expiresOn, Visibility = visibility, PlanTaskId = planTaskId,
            FileKey = "", FileName = "", ContentType = "",
        };
    }
}
