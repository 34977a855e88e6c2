using ErmPortal.Data.Learning;

namespace ErmPortal.Web.Learning.Compliance;

/// <summary>How a state reads and looks everywhere: green done, grey to do, amber due soon, red overdue.</summary>
public static class MandatoryLabels
{
    public static string Of(MandatoryState state) => state switch
    {
        MandatoryState.Done => "Done",
        MandatoryState.ToDo => "To do",
        MandatoryState.DueSoon => "Due soon",
        _ => "Overdue",
    };

    public static string Badge(MandatoryState state) => state switch
    {
        MandatoryState.Done => "text-bg-success",
        MandatoryState.ToDo => "text-bg-secondary",
        MandatoryState.DueSoon => "text-bg-warning",
        _ => "text-bg-danger",
    };
}
