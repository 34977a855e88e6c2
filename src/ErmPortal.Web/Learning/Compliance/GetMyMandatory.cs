using ErmPortal.Data;
using ErmPortal.Data.Learning;
using ErmPortal.Web.Infrastructure;
using MediatR;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>
/// "Mandatory": each course the signed-in person must take, with where they stand (done and when to renew, to do, due
/// soon, overdue), the due day, their last completion and the way to the course page, where places are requested.
/// Overdue first, then by due day. Someone without an employee record, or whom no rule names, sees an empty state.
/// </summary>
public static class GetMyMandatory
{
    public record Query : IRequest<Model>;

    public record Line(int CourseId, string Title, MandatoryState State, DateOnly? DueOn, DateOnly? LastCompletedOn);

    public record Model(IReadOnlyList<Line> Lines);

    public class Handler(ErmDbContext db, ICurrentUser user, MandatoryItems mandatory) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken ct)
        {
            if (user.EmployeeId is not { } me) return new Model([]);
            var items = await mandatory.ForAsync(db.Employees.Where(e => e.Id == me), ct);
            return new Model(await LinesAsync(db, items, ct));
        }
    }

    /// <summary>The items with their course titles (one statement), overdue first, then soonest due.</summary>
    public static async Task<List<Line>> LinesAsync(ErmDbContext db, IReadOnlyList<MandatoryItem> items, CancellationToken ct) =>
        items.Count == 0 ? [] : Lines(items, await Names.CoursesAsync(db, items.Select(i => i.CourseId), ct));

    public static List<Line> Lines(IEnumerable<MandatoryItem> items, IReadOnlyDictionary<int, string> titles) =>
        items.OrderBy(i => Urgency(i.State)).ThenBy(i => i.DueOn ?? DateOnly.MaxValue).ThenBy(i => titles[i.CourseId])
            .Select(i => new Line(i.CourseId, titles[i.CourseId], i.State, i.DueOn, i.LastCompletedOn)).ToList();

    /// <summary>What needs doing first: overdue, due soon, to do, done.</summary>
    public static int Urgency(MandatoryState state) => state switch
    {
        MandatoryState.Overdue => 0,
        MandatoryState.DueSoon => 1,
        MandatoryState.ToDo => 2,
        _ => 3,
    };
}
