using SkiaSharp;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>Photos as cameras write them: real JPEGs made here, with an EXIF block spliced in where a camera puts it.</summary>
public static class TestImages
{
    /// <summary>A JPEG whose left half is red and right half blue, so a test can tell which way up it is.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 95).ToArray();
    }

    /// <summary>
    /// The JPEG with an APP1 "Exif" segment after its start marker: optionally an orientation, and a GPS position
    /// (45° 28' 12.34" N, somewhere in Milan). Big-endian TIFF, as many cameras write it.
    /// </summary>
    public static byte[] WithExif(byte[] jpeg, ushort? orientation = null, bool gps = true)
    {
        var tiff = new List<byte>();
        void U16(int v) { tiff.Add((byte)(v >> 8)); tiff.Add((byte)v); }
        void U32(long v) { U16((int)(v >> 16) & 0xFFFF); U16((int)(v & 0xFFFF)); }

        tiff.AddRange("MM"u8.ToArray()); U16(0x2A); U32(8);
        var entries = (orientation is null ? 0 : 1) + (gps ? 1 : 0);
        var gpsOffset = 8 + 2 + 12 * entries + 4;
        U16(entries);
        if (orientation is { } o) { U16(0x0112); U16(3); U32(1); U16(o); U16(0); }
        if (gps) { U16(0x8825); U16(4); U32(1); U32(gpsOffset); }
        U32(0);
        if (gps)
        {
            U16(2);
            U16(0x0001); U16(2); U32(2); tiff.Add((byte)'N'); tiff.Add(0); U16(0);     // GPSLatitudeRef
            U16(0x0002); U16(5); U32(3); U32(gpsOffset + 2 + 2 * 12 + 4);              // GPSLatitude, three rationals
            U32(0);
            foreach (var (numerator, denominator) in new[] { (45, 1), (28, 1), (1234, 100) }) { U32(numerator); U32(denominator); }
        }

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[] { 0xFF, 0xE1, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2) }.Concat(payload);
        return jpeg[..2].Concat(segment).Concat(jpeg[2..]).ToArray();
    }

    public static bool Contains(byte[] content, byte[] part) => content.AsSpan().IndexOf(part) >= 0;
}
