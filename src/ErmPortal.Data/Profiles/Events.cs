using ErmPortal.Data.Organisation;
using MediatR;

namespace ErmPortal.Data.Profiles;

/// <summary>The person changed details of their own profile; names the fields that changed.</summary>
public record ProfileUpdated(Employee Employee, IReadOnlyList<string> Fields) : INotification;
