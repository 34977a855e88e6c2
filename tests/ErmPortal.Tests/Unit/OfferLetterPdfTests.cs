using ErmPortal.Data.Recruitment;
using ErmPortal.Web.Recruitment;
using ErmPortal.Web.Recruitment.Offers;
using Microsoft.Extensions.Localization;

namespace ErmPortal.Tests.Unit;

/// <summary>The PDF of an offer letter is offered only when it reads as the printable page does.</summary>
public class OfferLetterPdfTests
{
    private static readonly IStringLocalizer L = Localizers.Factory.Create(typeof(RecruitmentResource));

    private static OfferLetter.Letter Letter(string firstName = "Giulia", string lastName = "Rossi", string manager = "Marco Bianchi") =>
        new(1, firstName, $"{firstName} {lastName}", "Data analyst", "Data analyst", "Finance", "Milano", 52_000m, "EUR", new DateOnly(2027, 1, 11),
            null, manager, new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc), null, OfferStatus.Draft);

    [Theory]
    [InlineData("en", true)]
    [InlineData("it", true)]
    [InlineData("fa", false)] // right to left, letters joined by shaping
    [InlineData("zh-Hans", false)] // no CJK glyphs in the letter's font
    public void Should_offer_the_pdf_only_in_a_language_it_writes_faithfully(string culture, bool hasPdf) =>
        Assert.Equal(hasPdf, Localizers.In(culture, () => OfferLetterPdf.CanRender(Letter(), L)));

    [Theory]
    [InlineData("伟", "王")]
    [InlineData("Sara", "رضایی")]
    public void Should_keep_to_the_printable_page_when_a_name_is_in_a_script_the_pdf_cannot_write(string firstName, string lastName) =>
        Assert.False(Localizers.In("en", () => OfferLetterPdf.CanRender(Letter(firstName, lastName), L)));

    [Fact]
    public void Should_write_the_pdf_when_names_carry_accents_of_latin_greek_or_cyrillic_letters() =>
        Assert.True(Localizers.In("it", () => OfferLetterPdf.CanRender(Letter("Zoë", "Ångström", "Дмитрий Σταύρου"), L)));
}
