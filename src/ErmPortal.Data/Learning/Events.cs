using MediatR;

namespace ErmPortal.Data.Learning;

/// <summary>
/// Training started to count: HR recorded a completion, or confirmed training the person recorded themselves. Published
/// after the record is saved (the unit of work saves before it publishes), so <see cref="RecordId"/> is the real id.
/// Other modules read the facts below; <see cref="Record"/> is there for the Learning module's own subscribers.
/// </summary>
public record TrainingCompleted(TrainingRecord Record) : INotification
{
    public int EmployeeId => Record.EmployeeId;
    public int? CourseId => Record.CourseId;
    public string Title => Record.Title;
    public DateOnly CompletedOn => Record.CompletedOn;
    public decimal Hours => Record.Hours;
    public bool Passed => Record.Passed;
    public int RecordId => Record.Id;
}

/// <summary>A person recorded training they did on their own; it waits for HR.</summary>
public record OutsideTrainingRecorded(TrainingRecord Record) : INotification;

/// <summary>HR confirmed training the person recorded: it counts from now on.</summary>
public record OutsideTrainingConfirmed(TrainingRecord Record) : INotification;

/// <summary>HR refused training the person recorded, with the reason.</summary>
public record OutsideTrainingRefused(TrainingRecord Record) : INotification;
