using MediatR;

namespace ErmPortal.Data.Recruitment;

/// <summary>A manager sent a requisition to HR.</summary>
public record RequisitionSubmitted(Requisition Requisition) : INotification;

/// <summary>HR approved or rejected a requisition, or the manager withdrew it.</summary>
public record RequisitionDecided(Requisition Requisition) : INotification;
