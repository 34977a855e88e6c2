using System.Linq.Expressions;
using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Onboarding;

public enum CheckInRespondent { Employee, Manager }

/// <summary>
/// "How is it going?" at 30, 60 and 90 days, asked of the new hire and, separately, of their manager: three scores from
/// 1 to 5 and a few words. The answers go to HR and the manager; a low one is flagged as an early sign that the person
/// may not stay.
/// </summary>
public class CheckIn : Entity
{
    public int PlanId { get; set; }
    public JourneyPlan Plan { get; set; } = null!;
    public int DayMark { get; set; }
    public CheckInRespondent Respondent { get; set; }
    public int RespondentId { get; set; }
    public DateOnly DueDate { get; set; }
    /// <summary>How settled the person feels (or seems, to the manager).</summary>
    public int? Settled { get; set; }
    public int? RoleClarity { get; set; }
    public int? Support { get; set; }
    public string? Comment { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public bool Flagged { get; set; }

    public const int LowScore = 2;

    /// <summary>
    /// Check-ins are still asked once the plan's tasks are all done (a plan often ends within the first month, before the
    /// 60- and 90-day ones); not when HR cancelled the plan or the person has left.
    /// </summary>
    public static readonly Expression<Func<CheckIn, bool>> StillAsked =
        c => c.Plan.Status != PlanStatus.Cancelled && c.Plan.Employee.Status != EmployeeStatus.Left;

    /// <summary>Any score of <see cref="LowScore"/> or below is worth HR's attention (and so is every average under 3).</summary>
    public static bool IsLow(int settled, int roleClarity, int support) => Math.Min(settled, Math.Min(roleClarity, support)) <= LowScore;

    public void Submit(int settled, int roleClarity, int support, string? comment, DateTime nowUtc)
    {
        if (SubmittedAtUtc is not null) throw new DomainRuleException("", "This check-in has already been answered.");
        foreach (var (name, score) in new[] { (nameof(Settled), settled), (nameof(RoleClarity), roleClarity), (nameof(Support), support) })
            if (score is < 1 or > 5) throw new DomainRuleException(name, "Choose a score from 1 to 5.");
        (Settled, RoleClarity, Support, Comment, SubmittedAtUtc) = (settled, roleClarity, support, comment, nowUtc);
        Flagged = IsLow(settled, roleClarity, support);
        Raise(new CheckInAnswered(this));
    }

    public double Average => ((Settled ?? 0) + (RoleClarity ?? 0) + (Support ?? 0)) / 3.0;
}
