using ErmPortal.Data.Organisation;
using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Onboarding;

/// <summary>Joining or leaving: the two journeys a template (and a plan) can be for.</summary>
public enum JourneyKind { Onboarding, Offboarding }

/// <summary>
/// Who does a task. A plan turns each into a named person: HR (whoever looks after the plan), the person's manager, the
/// IT contact, the buddy, or the person the journey is about (the new hire, or the leaver).
/// </summary>
public enum TaskOwner { Hr, Manager, It, Buddy, Employee }

/// <summary>
/// HR's recipe for a journey, for a department and/or a position (neither: the organisation's default). Its tasks live
/// in versions: an edit adds a version, and a plan keeps the tasks of the version it was started from, so changing a
/// template never changes a plan already running.
/// </summary>
public class JourneyTemplate : Entity, IVersioned
{
    public required string Name { get; set; }
    public JourneyKind Kind { get; set; }
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public int? PositionId { get; set; }
    public Position? Position { get; set; }
    /// <summary>Kept for the plans made from it, but offered for no new plan.</summary>
    public DateTime? ArchivedAtUtc { get; set; }
    public List<TemplateVersion> Versions { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    public TemplateVersion? Current => Versions.MaxBy(v => v.Number);

    /// <summary>How closely the template fits a person: position and department both (3), position (2), department (1), default (0); null: not for them.</summary>
    public static int? Fit(int? templateDepartmentId, int? templatePositionId, int departmentId, int positionId) =>
        (templateDepartmentId is null || templateDepartmentId == departmentId) && (templatePositionId is null || templatePositionId == positionId)
            ? (templatePositionId is null ? 0 : 2) + (templateDepartmentId is null ? 0 : 1)
            : null;

    /// <summary>A new version with these tasks; versions already used by plans stay as they were.</summary>
    public TemplateVersion Revise(IEnumerable<TemplateTask> tasks, string byUserId, DateTime nowUtc)
    {
        var list = tasks.ToList();
        if (list.Count == 0) throw new DomainRuleException(nameof(TemplateVersion.Tasks), "A template needs at least one task.");
        var version = new TemplateVersion
        {
            Number = (Current?.Number ?? 0) + 1, CreatedAtUtc = nowUtc, CreatedByUserId = byUserId,
            Tasks = list,
        };
        for (var i = 0; i < list.Count; i++) list[i].Order = i;
        Versions.Add(version);
        return version;
    }
}

/// <summary>One edit of a template: its tasks as they were then. Never changed once made.</summary>
public class TemplateVersion
{
    public int Id { get; set; }
    public int TemplateId { get; set; }
    public JourneyTemplate Template { get; set; } = null!;
    public int Number { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedByUserId { get; set; } = "";
    public List<TemplateTask> Tasks { get; set; } = [];
}

/// <summary>
/// A task as a template describes it: what, who, and when relative to the anchor day. It may ask its owner to read and
/// acknowledge a document (<see cref="DocumentKey"/>), to answer a short form (<see cref="FormQuestions"/>, one per
/// line), or to upload a document of a type (<see cref="RequestedDocument"/>), e.g. a work permit before day one.
/// </summary>
public class TemplateTask
{
    public int Id { get; set; }
    public int TemplateVersionId { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? Instructions { get; set; }
    public TaskOwner Owner { get; set; }
    public int DueOffset { get; set; }
    public OffsetUnit DueUnit { get; set; }
    public string? DocumentKey { get; set; }
    public string? DocumentName { get; set; }
    public string? FormQuestions { get; set; }
    public EmployeeDocumentType? RequestedDocument { get; set; }
}
