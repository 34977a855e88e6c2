using System.Text;
using ErmPortal.Tests.Web;
using ErmPortal.Web.Recruitment.Careers;

namespace ErmPortal.Tests.Unit;

/// <summary>A CV is recognised by what the file holds, and a file name is only ever a name.</summary>
public class CvFileTests
{
    [Fact]
    public void Should_recognise_a_pdf_when_the_file_starts_with_the_pdf_signature() =>
        Assert.Equal(CvKind.Pdf, CvFile.KindOf(new MemoryStream(CvDocuments.Pdf)));

    [Fact]
    public void Should_recognise_a_word_document_when_the_zip_holds_its_parts() =>
        Assert.Equal(CvKind.Docx, CvFile.KindOf(new MemoryStream(CvDocuments.Docx())));

    [Fact]
    public void Should_refuse_a_zip_when_it_has_no_word_document_in_it() =>
        Assert.Null(CvFile.KindOf(new MemoryStream(CvDocuments.Zip(("[Content_Types].xml", "<Types/>"), ("word/other.xml", "<x/>")))));

    [Fact]
    public void Should_refuse_a_zip_when_its_content_types_do_not_name_a_word_document() =>
        Assert.Null(CvFile.KindOf(new MemoryStream(CvDocuments.Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<x/>")))));

    [Fact]
    public void Should_refuse_a_file_when_it_only_starts_like_a_zip() =>
        Assert.Null(CvFile.KindOf(new MemoryStream("PK\x03\x04 then nothing of a zip"u8.ToArray())));

    [Fact]
    public void Should_refuse_a_file_when_its_content_is_neither_kind() =>
        Assert.Null(CvFile.KindOf(new MemoryStream(Encoding.UTF8.GetBytes("<html>%PDF-</html>"))));

    [Fact]
    public void Should_refuse_a_word_document_when_it_has_more_parts_than_a_cv_would()
    {
        var parts = Enumerable.Range(0, 1001).Select(i => ($"word/media/{i}.xml", "<x/>"))
            .Prepend(("word/document.xml", "<x/>"))
            .Prepend(("[Content_Types].xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")).ToArray();
        Assert.Null(CvFile.KindOf(new MemoryStream(CvDocuments.Zip(parts))));
    }

    [Theory]
    [InlineData("cv.pdf", true)]
    [InlineData("Curriculum vitae – Ada (2026).docx", true)]
    [InlineData("../../etc/passwd.pdf", false)]
    [InlineData("..\\..\\cv.pdf", false)]
    [InlineData("C:cv.pdf", false)]
    [InlineData("/etc/cv.pdf", false)]
    [InlineData("cv\u0000.pdf", false)]
    [InlineData("..", false)]
    [InlineData("   ", false)]
    public void Should_take_only_a_plain_name_when_a_file_name_is_given(string name, bool plain) =>
        Assert.Equal(plain, CvFile.IsPlainName(name));

    [Fact]
    public void Should_shorten_the_display_name_when_it_is_longer_than_the_column() =>
        Assert.Equal(CvFile.MaxNameLength, CvFile.DisplayName(new string('a', 300) + ".pdf").Length);
}
