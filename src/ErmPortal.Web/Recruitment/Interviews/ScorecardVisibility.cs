using System.Linq.Expressions;
using ErmPortal.Data.Recruitment;

namespace ErmPortal.Web.Recruitment.Interviews;

/// <summary>
/// Who reads which scorecards of an application. A draft is its author's alone. An interviewer reads the others'
/// submitted scorecards only once they have submitted their own for that application, so their judgement is their
/// own and not an echo of the first opinion they read. HR and the hiring manager, who decide, read every submitted one.
/// </summary>
public record ScorecardReader(int EmployeeId, bool SeesAllSubmitted, bool SubmittedOwn)
{
    public Expression<Func<Scorecard, bool>> Visible() => SeesAllSubmitted || SubmittedOwn
        ? s => s.InterviewerId == EmployeeId || s.SubmittedAtUtc != null
        : s => s.InterviewerId == EmployeeId;
}
