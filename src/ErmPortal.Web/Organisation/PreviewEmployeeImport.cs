using ErmPortal.Data.Accounts;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.Net.Http.Headers;

namespace ErmPortal.Web.Organisation;

/// <summary>
/// HR uploads a CSV of new employees and sees every row's problems before anything is written. Only a file whose
/// rows are all valid is kept, for <see cref="ImportEmployees"/> to import when HR confirms.
/// </summary>
public static class PreviewEmployeeImport
{
    public const string StagingPurpose = "EmployeeImport";

    /// <summary>
    /// The most a request may carry. Above the file limit, so a file that is somewhat too large still gets the message
    /// beside the field; a much larger request is cut off by the server before it is read.
    /// </summary>
    public const long MaxRequestBytes = 4 * EmployeeCsv.MaxFileBytes;

    /// <summary>Excel on Windows labels CSV files application/vnd.ms-excel; some systems call them plain text.</summary>
    private static readonly string[] CsvContentTypes = ["text/csv", "application/csv", "application/vnd.ms-excel", "text/plain"];

    public const string TooLarge = "The file is larger than 5 MB. Split it into smaller files and import them one after another, managers first.";

    [RequireRole(Roles.Hr, Roles.Admin)]
    public record Query : IRequest<Model>
    {
        public IFormFile? File { get; set; }
    }

    public record Model
    {
        /// <summary>The uploaded file's name, shown back to the person; null before an upload.</summary>
        public string? FileName { get; init; }
        public IReadOnlyList<FileProblem> FileProblems { get; init; } = [];
        public IReadOnlyList<CheckedRow> Rows { get; init; } = [];
        /// <summary>The ticket of the kept file, when every row can be imported.</summary>
        public string? ImportTicket { get; init; }
    }

    public class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.File).NotNull().WithMessage("Choose a CSV file to upload.");
            RuleFor(q => q.File!.Length).GreaterThan(0).WithMessage("The file is empty.")
                .LessThanOrEqualTo(EmployeeCsv.MaxFileBytes).WithMessage(TooLarge)
                .OverridePropertyName(nameof(Query.File)).When(q => q.File is not null);
            RuleFor(q => q.File).Must(file => IsCsv(file!))
                .WithMessage("Only CSV files can be imported. In Excel, choose File › Save As and the type “CSV UTF-8 (Comma delimited) (*.csv)”.")
                .When(q => q.File is not null);
        }

        private static bool IsCsv(IFormFile file) =>
            string.Equals(Path.GetExtension(file.FileName), ".csv", StringComparison.OrdinalIgnoreCase)
            && MediaTypeHeaderValue.TryParse(file.ContentType, out var type)
            && CsvContentTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase);
    }

    public class Handler(EmployeeImportRules rules, StagedUploads uploads) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query request, CancellationToken cancellationToken)
        {
            var file = request.File!;
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var content = buffer.ToArray();

            var check = await rules.CheckAsync(content, cancellationToken);
            var ticket = check.CanImport ? await uploads.StageAsync(StagingPurpose, content, ".csv", cancellationToken) : null;
            return new Model { FileName = Path.GetFileName(file.FileName), FileProblems = check.FileProblems, Rows = check.Rows, ImportTicket = ticket };
        }
    }
}
