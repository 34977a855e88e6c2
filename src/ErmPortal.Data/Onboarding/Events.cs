using MediatR;

namespace ErmPortal.Data.Onboarding;

/// <summary>A plan was made for a person: its people are told and the timeline records it.</summary>
public record PlanStarted(JourneyPlan Plan) : INotification;

/// <summary>Someone ticked a task off.</summary>
public record PlanTaskCompleted(JourneyPlan Plan, PlanTask Task) : INotification;

/// <summary>The last task of a plan is done.</summary>
public record PlanCompleted(JourneyPlan Plan) : INotification;

/// <summary>The new hire or their manager answered a check-in; <see cref="CheckIn.Flagged"/> says whether it worries.</summary>
public record CheckInAnswered(CheckIn CheckIn) : INotification;
