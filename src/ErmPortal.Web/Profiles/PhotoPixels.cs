using SkiaSharp;

namespace ErmPortal.Web.Profiles;

/// <summary>
/// A photo as its pixels alone. Cameras and phones write EXIF into photos (the GPS position where it was taken, the
/// device, the time), and colleagues download profile photos: so an upload is decoded and encoded again in its own
/// format, and nothing but the picture is stored. The orientation the camera recorded is applied to the pixels first,
/// since without its EXIF tag a phone's portrait photo would otherwise lie on its side.
/// </summary>
public static class PhotoPixels
{
    /// <summary>25 megapixels: more than any phone camera, and about 100 MB once decoded, which the server can afford.</summary>
    public const long MaxPixels = 25_000_000;
    private const int Quality = 90;

    /// <summary>Whether the content decodes as an image of a size the server will take, read from its header only.</summary>
    public static bool CanRead(Stream content)
    {
        using var codec = SKCodec.Create(new SKManagedStream(content, disposeManagedStream: false));
        return codec is not null && Encoding(codec.EncodedFormat) is not null && (long)codec.Info.Width * codec.Info.Height <= MaxPixels;
    }

    /// <summary>The photo decoded and encoded again in the same format, with the file extension that format takes.</summary>
    public static (byte[] Content, string Extension) ReEncode(byte[] content)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(content)) ?? throw new InvalidDataException("The photo cannot be decoded.");
        var (format, extension) = Encoding(codec.EncodedFormat) ?? throw new InvalidDataException("The photo's format cannot be kept.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKImageInfo.PlatformColorType,
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        // A truncated file still gives the rows it has, as a browser would show them.
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            throw new InvalidDataException($"The photo cannot be decoded: {result}.");
        using var upright = Upright(decoded, codec.EncodedOrigin);
        using var image = SKImage.FromBitmap(upright);
        using var encoded = image.Encode(format, Quality) ?? throw new InvalidDataException("The photo cannot be encoded.");
        return (encoded.ToArray(), extension);
    }

    private static (SKEncodedImageFormat Format, string Extension)? Encoding(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => (format, ".jpg"),
        SKEncodedImageFormat.Png => (format, ".png"),
        SKEncodedImageFormat.Webp => (format, ".webp"),
        _ => null,
    };

    /// <summary>The pixels turned the way the EXIF orientation says they are meant to be seen.</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width, h = source.Height;
        // Each maps a stored pixel (x, y) to where it is seen upright: x' = a·x + b·y + c, y' = d·x + e·y + f.
        SKMatrix? transform = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),      // mirror left to right
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),  // turn half round
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),    // mirror top to bottom
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),        // mirror across the diagonal
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),      // turn a quarter clockwise
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),  // mirror across the other diagonal
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),    // turn a quarter anticlockwise
            _ => null,
        };
        if (transform is not { } matrix) return source.Copy();
        var sideways = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var turned = new SKBitmap(source.Info.WithSize(sideways ? source.Height : source.Width, sideways ? source.Width : source.Height));
        using var canvas = new SKCanvas(turned);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0);
        return turned;
    }
}
