using ErmPortal.Data;
using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Recruitment.TalentPool;

/// <summary>
/// The link at the foot of every email about new openings: one button and the candidate hears no more about them.
/// The link is the candidate's private token, so nobody can unsubscribe someone else; the candidate stays in the
/// talent pool they agreed to.
/// </summary>
public static class StopOpeningEmails
{
    public record Query(string Token) : IRequest<Model>;

    public record Model(string Token, string FirstName, bool KeepInformed);

    public record Command(string Token) : ICommand;

    public class QueryHandler(ErmDbContext db, CandidateLinks links) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var id = await links.CandidateIdOfAsync(request.Token, ct) ?? throw new NotFoundException();
            return await db.Set<Candidate>().Where(c => c.Id == id).Select(c => new Model(request.Token, c.FirstName, c.KeepInformed)).FirstAsync(ct);
        }
    }

    public class Handler(ErmDbContext db, CandidateLinks links) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var id = await links.CandidateIdOfAsync(request.Token, ct) ?? throw new NotFoundException();
            var candidate = await db.Set<Candidate>().FirstAsync(c => c.Id == id, ct);
            candidate.KeepInformed = false;
            return Unit.Value;
        }
    }
}
