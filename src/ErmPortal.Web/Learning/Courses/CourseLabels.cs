using ErmPortal.Data.Learning;

namespace ErmPortal.Web.Learning.Courses;

/// <summary>The words a course's format is shown with: keys of the Learning resources.</summary>
public static class CourseLabels
{
    public static string Of(CourseFormat format) => format switch
    {
        CourseFormat.Classroom => "Classroom",
        CourseFormat.Online => "Online",
        _ => "On the job",
    };
}
