using ErmPortal.Data;
using ErmPortal.Data.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Reviews.OneOnOnes;

/// <summary>
/// A 1:1 as one of its two people sees it: the agenda, the shared notes, the action items agreed in it, the open ones
/// carried from their earlier meetings, and the viewer's own private note (never the other person's). Anyone else is
/// told it does not exist. The same number of queries however long the agenda and the lists are.
/// </summary>
public static class GetOneOnOne
{
    public record Query(int Id) : IRequest<Model>;

    public record Model(int Id, DateTime ScheduledAtUtc, bool IAmManager, Person Manager, Person Employee, string? SharedNotes, Guid Version,
        IReadOnlyList<AgendaItem> Agenda, IReadOnlyList<ActionItem> ActionItems, IReadOnlyList<ActionItem> CarriedOver, string? MyPrivateNote,
        int? PreviousId, int? NextId)
    {
        public Person Other => IAmManager ? Employee : Manager;
    }

    public record Person(int Id, string Name);

    public record AgendaItem(string Text, string? AddedBy, DateTime AddedAtUtc);

    public record ActionItem(int Id, string Text, int OwnerId, string Owner, DateOnly DueOn, DateTime? DoneAtUtc, DateTime RaisedAtUtc);

    public class Handler(ErmDbContext db, OneOnOneAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            var meeting = await access.OpenAsync(request.Id, ct);
            var me = access.Me;
            var pair = db.Set<OneOnOne>().Where(m => m.ManagerId == meeting.ManagerId && m.EmployeeId == meeting.EmployeeId);
            var people = await db.Employees.Where(e => e.Id == meeting.ManagerId || e.Id == meeting.EmployeeId)
                .Select(e => new Person(e.Id, (e.PreferredName ?? e.LegalFirstName) + " " + e.LegalLastName)).ToDictionaryAsync(p => p.Id, ct);
            var agenda = await db.Set<OneOnOneAgendaItem>().Where(a => a.MeetingId == meeting.Id).OrderBy(a => a.AddedAtUtc).ThenBy(a => a.Id)
                .Select(a => new AgendaItem(a.Text, a.AddedBy == null ? null : (a.AddedBy.PreferredName ?? a.AddedBy.LegalFirstName) + " " + a.AddedBy.LegalLastName, a.AddedAtUtc))
                .ToListAsync(ct);
            // This meeting's items, and the items of the two's earlier meetings still open: carried over until done.
            var items = await db.Set<OneOnOneActionItem>()
                .Where(a => a.MeetingId == meeting.Id
                            || (a.DoneAtUtc == null && pair.Any(m => m.Id == a.MeetingId && m.ScheduledAtUtc < meeting.ScheduledAtUtc)))
                .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
                .Select(a => new { a.MeetingId, Item = new ActionItem(a.Id, a.Text, a.OwnerId, "", a.DueOn, a.DoneAtUtc, a.Meeting.ScheduledAtUtc) })
                .ToListAsync(ct);
            // Only the viewer's own: the other person's note is never read, not even to be left out.
            var note = await db.Set<OneOnOnePrivateNote>().Where(n => n.MeetingId == meeting.Id && n.AuthorId == me).Select(n => n.Text).FirstOrDefaultAsync(ct);
            var previous = await pair.Where(m => m.ScheduledAtUtc < meeting.ScheduledAtUtc).OrderByDescending(m => m.ScheduledAtUtc)
                .Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
            var next = await pair.Where(m => m.ScheduledAtUtc > meeting.ScheduledAtUtc).OrderBy(m => m.ScheduledAtUtc)
                .Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);

            ActionItem Named(ActionItem item) => item with { Owner = people.TryGetValue(item.OwnerId, out var owner) ? owner.Name : "—" };
            return new Model(meeting.Id, meeting.ScheduledAtUtc, meeting.ManagerId == me, people[meeting.ManagerId], people[meeting.EmployeeId],
                meeting.SharedNotes, meeting.Version, agenda,
                items.Where(i => i.MeetingId == meeting.Id).Select(i => Named(i.Item)).ToList(),
                items.Where(i => i.MeetingId != meeting.Id).Select(i => Named(i.Item)).ToList(),
                note, previous, next);
        }
    }
}
