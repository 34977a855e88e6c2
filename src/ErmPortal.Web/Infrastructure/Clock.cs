namespace ErmPortal.Web.Infrastructure;

/// <summary>The time, as a port: rules about dates are tested with a fixed clock.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
    DateOnly Today => DateOnly.FromDateTime(UtcNow);
}

public class SystemClock : IClock
{
    public DateTime UtcNow => DateTime.UtcNow;
}
