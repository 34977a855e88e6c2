using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Data.Timeline;
using ErmPortal.Web.Infrastructure.Mediator;
using ErmPortal.Web.Timeline;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.Pipeline;

/// <summary>
/// Anyone on the hiring team of one of the candidate's applications writes a note about it on the candidate's
/// timeline, where HR and that opening's team read it.
/// </summary>
public static class AddCandidateNote
{
    public const int MaxLength = 2000;

    public record Command : ICommand
    {
        public int CandidateId { get; set; }
        public int ApplicationId { get; init; }
        public string? Text { get; init; }
    }

    public class Handler(ErmDbContext db, ApplicationVisibility visibility, TimelineRecorder timeline) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var application = await visibility.Visible(db.Set<JobApplication>().Where(a => a.Id == request.ApplicationId && a.CandidateId == request.CandidateId))
                .Select(a => new { a.OpeningId, a.Opening.Title }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            var text = request.Text?.Trim();
            if (string.IsNullOrEmpty(text)) throw new Data.Shared.DomainRuleException(nameof(Command.Text), "Write the note first.");
            if (text.Length > MaxLength) throw new Data.Shared.DomainRuleException(nameof(Command.Text), "A note has at most {0} characters.", MaxLength);
            timeline.RecordForCandidate(request.CandidateId, PipelineTimelineKinds.Note,
                new TimelineArguments().With(PipelineTimelineKinds.OpeningId, application.OpeningId)
                    .With(PipelineTimelineKinds.Opening, application.Title).With(PipelineTimelineKinds.Text, text),
                OpeningAccess.TimelineScope(application.OpeningId), PipelineTimelineKinds.LinkTo(request.CandidateId));
            return Unit.Value;
        }
    }
}
