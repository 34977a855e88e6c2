using System.ComponentModel.DataAnnotations;
using ErmPortal.Data;
using ErmPortal.Data.Accounts;
using ErmPortal.Data.Onboarding;
using ErmPortal.Web.Infrastructure.Mediator;
using MediatR;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Onboarding.Templates;

/// <summary>
/// What HR writes about a template, when it is made and when it is edited: who it is for and its tasks. Without
/// scripts the page offers a few empty task rows and a button that posts back for more; a row is removed by ticking its
/// box and moved by its number. With scripts, rows are added, removed and moved in place.
/// </summary>
public abstract record TemplateForm
{
    [Display(Name = "Name")]
    public string Name { get; set; } = "";
    [Display(Name = "Journey")]
    public JourneyKind Kind { get; set; }
    [Display(Name = "Department")]
    public int? DepartmentId { get; set; }
    [Display(Name = "Position")]
    public int? PositionId { get; set; }
    public List<TaskRow> Tasks { get; set; } = [];
    /// <summary>Posted by the "more rows" button of a page without scripts: show the form again with more empty rows, save nothing.</summary>
    public bool AddRows { get; set; }

    /// <summary>The departments and positions to choose from; filled for the page, never posted.</summary>
    [BindNever]
    public TemplateChoices Choices { get; set; } = new([], []);

    /// <summary>The rows that become tasks, in the order HR gave them: not removed, not left empty.</summary>
    public IReadOnlyList<TaskRow> KeptTasks => Tasks.Where(t => !t.Remove && !t.IsBlank).OrderBy(t => t.Order).ToList();

    public const int SpareRows = 2;
    public const int MaxTasks = 50;

    /// <summary>
    /// Empty rows at the end for more tasks. Tidying (rows in their order, removed ones gone, renumbered) is for a form
    /// shown afresh; a form shown again with its errors keeps the rows where they were posted, as the errors name them by place.
    /// </summary>
    public void PrepareRows(bool tidy, int spare = SpareRows)
    {
        if (tidy)
        {
            Tasks = Tasks.Where(t => !t.Remove).OrderBy(t => t.IsBlank).ThenBy(t => t.Order).ToList();
            for (var i = 0; i < Tasks.Count; i++) Tasks[i].Order = i + 1;
        }
        for (var blanks = Tasks.Count(t => t.IsBlank); blanks < spare; blanks++)
            Tasks.Add(new TaskRow { DueUnit = OffsetUnit.WorkingDays, Order = Tasks.Count + 1 });
    }

    /// <summary>
    /// The tasks the kept rows describe. A new upload is stored now (it was checked when the form was read); a document
    /// kept from before must be one this template already had, by its stored key, so a form cannot point at any other
    /// file in the store. Its name is taken from the template, not from the form.
    /// </summary>
    public async Task<List<TemplateTask>> ToTasksAsync(IReadOnlyDictionary<string, string> documentsBefore, TemplateDocument documents, CancellationToken ct)
    {
        var tasks = new List<TemplateTask>();
        foreach (var row in KeptTasks)
        {
            var task = new TemplateTask
            {
                Title = row.Title!.Trim(), Instructions = Tidy(row.Instructions), Owner = row.Owner, DueOffset = row.DueOffset, DueUnit = row.DueUnit,
                FormQuestions = row.Questions.Count == 0 ? null : string.Join("\n", row.Questions), RequestedDocument = row.RequestedDocument,
            };
            if (row.Document is not null)
                (task.DocumentKey, task.DocumentName) = await documents.StoreAsync(row.Document, ct);
            else if (!row.RemoveDocument && row.DocumentKey is not null && documentsBefore.TryGetValue(row.DocumentKey, out var name))
                (task.DocumentKey, task.DocumentName) = (row.DocumentKey, name);
            tasks.Add(task);
        }
        return tasks;
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The departments and positions a template may be for, for the form.</summary>
[RequireRole(Roles.Hr)]
public record GetTemplateChoices : IRequest<TemplateChoices>
{
    public class Handler(ErmDbContext db) : IRequestHandler<GetTemplateChoices, TemplateChoices>
    {
        public Task<TemplateChoices> Handle(GetTemplateChoices request, CancellationToken ct) => TemplateChoices.LoadAsync(db, ct);
    }
}

public record TemplateChoices(IReadOnlyList<(int Id, string Name)> Departments, IReadOnlyList<(int Id, string Name)> Positions)
{
    public static async Task<TemplateChoices> LoadAsync(ErmDbContext db, CancellationToken ct) => new(
        (await db.Departments.OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct)).Select(d => (d.Id, d.Name)).ToList(),
        (await db.Positions.OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(ct)).Select(p => (p.Id, p.Title)).ToList());
}

/// <summary>One task as the form shows it. A document already stored stays by its key unless HR removes or replaces it.</summary>
public class TaskRow
{
    [Display(Name = "Order")]
    public int Order { get; set; }
    [Display(Name = "Title")]
    public string? Title { get; set; }
    [Display(Name = "Instructions")]
    public string? Instructions { get; set; }
    [Display(Name = "Who")]
    public TaskOwner Owner { get; set; }
    [Display(Name = "When")]
    public int DueOffset { get; set; }
    [Display(Name = "Counted in")]
    public OffsetUnit DueUnit { get; set; }
    [Display(Name = "Document to read and acknowledge (PDF)")]
    public IFormFile? Document { get; set; }
    /// <summary>The document the task had in the version the form was opened on; checked against the template when saved.</summary>
    public string? DocumentKey { get; set; }
    public string? DocumentName { get; set; }
    [Display(Name = "Remove the document")]
    public bool RemoveDocument { get; set; }
    [Display(Name = "Short form")]
    public string? FormQuestions { get; set; }
    [Display(Name = "Document to upload")]
    public EmployeeDocumentType? RequestedDocument { get; set; }
    [Display(Name = "Remove this task")]
    public bool Remove { get; set; }

    /// <summary>An empty row the page offered for another task: nothing typed, nothing chosen beyond the defaults.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Instructions) && string.IsNullOrWhiteSpace(FormQuestions)
                           && Document is null && DocumentKey is null && RequestedDocument is null;

    public IReadOnlyList<string> Questions => (FormQuestions ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public const int MaxQuestions = 5;
    public const int MaxQuestionLength = 200;
    /// <summary>Days either way: a task a year before or after the day is already far outside a journey.</summary>
    public const int MaxDays = 365;
    public const int MaxMonths = 12;

    public int MaxOffset => DueUnit is OffsetUnit.Months or OffsetUnit.MonthEnd ? MaxMonths : MaxDays;
}

public abstract class TemplateFormValidator<T> : AbstractValidator<T> where T : TemplateForm
{
    protected TemplateFormValidator(ErmDbContext db)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.DepartmentId).MustAsync((id, ct) => db.Departments.AnyAsync(d => d.Id == id, ct)).When(c => c.DepartmentId is not null)
            .WithMessage("Choose a department from the list.");
        RuleFor(c => c.PositionId).MustAsync((id, ct) => db.Positions.AnyAsync(p => p.Id == id, ct)).When(c => c.PositionId is not null)
            .WithMessage("Choose a position from the list.");
        RuleFor(c => c.KeptTasks.Count).GreaterThan(0).OverridePropertyName(nameof(TemplateForm.Tasks))
            .WithMessage("Add at least one task.");
        RuleFor(c => c.KeptTasks.Count).LessThanOrEqualTo(TemplateForm.MaxTasks).OverridePropertyName(nameof(TemplateForm.Tasks))
            .WithMessage("A template can have at most 50 tasks.");
        RuleForEach(c => c.Tasks).Where(t => !t.Remove && !t.IsBlank).SetValidator(new TaskRowValidator());
    }
}

public class TaskRowValidator : AbstractValidator<TaskRow>
{
    public TaskRowValidator()
    {
        RuleFor(t => t.Title).NotEmpty().MaximumLength(200);
        RuleFor(t => t.Instructions).MaximumLength(2000);
        RuleFor(t => t.Owner).IsInEnum();
        RuleFor(t => t.DueUnit).IsInEnum();
        RuleFor(t => t.DueOffset).Must((t, offset) => Math.Abs(offset) <= t.MaxOffset)
            .WithMessage("Choose at most 365 days, or 12 months, before or after the day.");
        RuleFor(t => t.RequestedDocument).IsInEnum().When(t => t.RequestedDocument is not null);
        RuleFor(t => t.Questions.Count).LessThanOrEqualTo(TaskRow.MaxQuestions).OverridePropertyName(nameof(TaskRow.FormQuestions))
            .WithMessage("Ask at most 5 questions, one per line.");
        RuleFor(t => t.Questions).Must(q => q.All(line => line.Length <= TaskRow.MaxQuestionLength)).OverridePropertyName(nameof(TaskRow.FormQuestions))
            .WithMessage("Keep each question to 200 characters.");
        RuleFor(t => t.Document).Custom((file, context) =>
        {
            if (file is not null && TemplateDocument.ProblemOf(file) is { } problem) context.AddFailure(problem);
        });
    }
}
