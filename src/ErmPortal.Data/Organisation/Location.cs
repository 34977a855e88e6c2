using ErmPortal.Data.Shared;

namespace ErmPortal.Data.Organisation;

public class Location : Entity
{
    public required string Name { get; set; }
    public required string City { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string CountryCode { get; set; }
}
