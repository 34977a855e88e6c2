using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Profiles;
using SkiaSharp;

namespace ErmPortal.Tests.Unit;

public class PhotoPixelsTests
{
    [Fact]
    public void Should_keep_no_exif_when_a_jpeg_is_encoded_again()
    {
        var (content, extension) = PhotoPixels.ReEncode(TestImages.WithExif(TestImages.Jpeg(40, 30)));

        Assert.Equal(".jpg", extension);
        Assert.False(TestImages.Contains(content, "Exif"u8.ToArray()));
    }

    [Fact]
    public void Should_turn_the_picture_upright_when_the_camera_recorded_it_on_its_side()
    {
        // Orientation 6: seen upright, the stored picture is turned a quarter clockwise, so its left half comes on top.
        var (content, _) = PhotoPixels.ReEncode(TestImages.WithExif(TestImages.Jpeg(40, 20), orientation: 6, gps: false));

        using var upright = SKBitmap.Decode(content);
        Assert.Equal((20, 40), (upright.Width, upright.Height));
        Assert.True(upright.GetPixel(10, 5).Red > 200 && upright.GetPixel(10, 5).Blue < 80, $"Top is {upright.GetPixel(10, 5)}");
        Assert.True(upright.GetPixel(10, 35).Blue > 200 && upright.GetPixel(10, 35).Red < 80, $"Bottom is {upright.GetPixel(10, 35)}");
    }

    [Fact]
    public void Should_keep_the_format_when_a_png_is_encoded_again()
    {
        var (content, extension) = PhotoPixels.ReEncode(Web.PhotoTests.Png);

        Assert.Equal(".png", extension);
        Assert.Equal(Web.PhotoTests.Png[..8], content[..8]);
    }
}
