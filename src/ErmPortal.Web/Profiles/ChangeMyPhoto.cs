using ErmPortal.Data;
using ErmPortal.Web.Infrastructure;
using ErmPortal.Web.Infrastructure.Files;
using ErmPortal.Web.Infrastructure.Mediator;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// The person's photo for their profile. Only PNG, JPEG or WebP up to 2 MB, recognised by the file's own first
/// bytes rather than by its name or the browser's word; anything else is refused before anything is stored. What is
/// stored is the picture encoded again (<see cref="PhotoPixels"/>): none of the file's metadata reaches colleagues.
/// </summary>
public static class ChangeMyPhoto
{
    public const int MaxBytes = 2 * 1024 * 1024;
    /// <summary>The request may be a little larger than the photo: the form's other fields and multipart framing.</summary>
    public const int MaxRequestBytes = MaxBytes + 64 * 1024;
    public const string Folder = "photos";
    public const string TooLarge = "The photo is larger than 2 MB. Choose a smaller one.";

    public record Command : ICommand
    {
        public IFormFile? Photo { get; set; }
        /// <summary>Set to take the photo away and show initials again.</summary>
        public bool Remove { get; set; }
    }

    public class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Photo).NotNull().WithMessage("Choose a photo to upload.").When(c => !c.Remove);
            RuleFor(c => c.Photo!.Length).LessThanOrEqualTo(MaxBytes).WithMessage(TooLarge).OverridePropertyName(nameof(Command.Photo))
                .When(c => c.Photo is not null && !c.Remove);
            RuleFor(c => c.Photo!.Length).GreaterThan(0).WithMessage("The file is empty.").OverridePropertyName(nameof(Command.Photo))
                .When(c => c.Photo is not null && !c.Remove);
            RuleFor(c => c.Photo).Must(photo => ImageFormats.ExtensionOf(FirstBytes(photo!)) is not null)
                .WithMessage("Only PNG, JPEG or WebP photos can be used.")
                .When(c => c.Photo is { Length: > 0 and <= MaxBytes } && !c.Remove);
            RuleFor(c => c.Photo).Must(photo => CanRead(photo!))
                .WithMessage("This photo cannot be read, or it has more than 25 megapixels. Choose another one.")
                .When(c => c.Photo is { Length: > 0 and <= MaxBytes } && !c.Remove && ImageFormats.ExtensionOf(FirstBytes(c.Photo)) is not null);
        }

        private static bool CanRead(IFormFile photo)
        {
            using var stream = photo.OpenReadStream();
            return PhotoPixels.CanRead(stream);
        }

        private static byte[] FirstBytes(IFormFile photo)
        {
            var head = new byte[16];
            using var stream = photo.OpenReadStream();
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return head[..read];
        }
    }

    /// <summary>
    /// The files follow the transaction: a new photo written ahead is removed if the change fails, and the replaced one
    /// is deleted only once the change is committed, so a failure never leaves the profile pointing at a deleted file.
    /// </summary>
    public class Handler(ErmDbContext db, ICurrentUser user, IFileStorage storage, TransactionEffects effects) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken ct)
        {
            var id = user.EmployeeId ?? throw new NotFoundException();
            var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException();
            var previous = employee.PhotoKey;
            if (request.Remove)
            {
                employee.PhotoKey = null;
            }
            else
            {
                using var buffer = new MemoryStream();
                await request.Photo!.CopyToAsync(buffer, ct);
                var (pixels, extension) = PhotoPixels.ReEncode(buffer.ToArray());
                var key = await storage.SaveAsync(new MemoryStream(pixels, writable: false), Folder, extension, ct);
                effects.AfterRollback(cancellationToken => storage.DeleteAsync(key, cancellationToken));
                employee.PhotoKey = key;
            }
            employee.RecordProfileUpdate(["photo"]);
            await db.SaveChangesAsync(ct);
            if (previous is not null) effects.AfterCommit(cancellationToken => storage.DeleteAsync(previous, cancellationToken));
            return Unit.Value;
        }
    }
}

/// <summary>Image types told apart by their signatures (their first bytes).</summary>
public static class ImageFormats
{
    public static string? ExtensionOf(ReadOnlySpan<byte> content) => content switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => ".png",
        [0xFF, 0xD8, 0xFF, ..] => ".jpg",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => ".webp",
        _ => null,
    };

    public static string ContentTypeOf(string key) => Path.GetExtension(key) switch
    {
        ".png" => "image/png",
        ".jpg" => "image/jpeg",
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };
}

/// <summary>A person's photo, for anyone who may see their card.</summary>
public static class GetPhoto
{
    public record Query(int EmployeeId) : IRequest<(Stream Content, string ContentType)>;

    public class Handler(ErmDbContext db, Organisation.ViewerRelations relations, ICurrentUser user, IAuthorizationService authorization,
        IFileStorage storage) : IRequestHandler<Query, (Stream, string)>
    {
        public async Task<(Stream, string)> Handle(Query request, CancellationToken ct)
        {
            // The sign-in alone decides a photo: a page of photos costs no walk up anyone's reporting line.
            var photo = new EmployeePhoto(request.EmployeeId, relations.FromSignIn(request.EmployeeId));
            if (!(await authorization.AuthorizeAsync(user.Principal, photo, PhotoOperations.View)).Succeeded) throw new NotFoundException();
            var key = await db.Employees.Where(e => e.Id == request.EmployeeId).Select(e => e.PhotoKey).FirstOrDefaultAsync(ct)
                      ?? throw new NotFoundException();
            var content = await storage.OpenReadAsync(key, ct) ?? throw new NotFoundException();
            return (content, ImageFormats.ContentTypeOf(key));
        }
    }
}
