using ErmPortal.Web.Shared;

namespace ErmPortal.Tests.Unit;

public class CsvCellsTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.test\")", "'=HYPERLINK(\"http://evil.test\")")]
    [InlineData("+39 02 1234 5678", "'+39 02 1234 5678")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    public void Should_show_the_cell_as_text_when_a_spreadsheet_would_run_it_as_a_formula(string value, string exported) =>
        Assert.Equal(exported, CsvCells.Neutralise(value));

    [Theory]
    [InlineData("Ada", "Ada")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Should_leave_the_cell_alone_when_it_cannot_start_a_formula(string? value, string exported) =>
        Assert.Equal(exported, CsvCells.Neutralise(value));

    [Theory]
    [InlineData("'+39 02 1234 5678", "+39 02 1234 5678")]
    [InlineData("'=1+1", "=1+1")]
    [InlineData("'Ohana", "'Ohana")]
    [InlineData("'", "'")]
    public void Should_give_back_the_exported_value_when_the_import_removes_the_text_marker(string cell, string value) =>
        Assert.Equal(value, CsvCells.RemoveTextMarker(cell));

    [Theory]
    [InlineData("=1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("+SUM(A1)")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("+cmd")]
    [InlineData("-")]
    [InlineData("\t=1")]
    public void Should_see_a_formula_when_an_imported_cell_starts_like_one(string cell) =>
        Assert.True(CsvCells.LooksLikeFormula(cell));

    [Theory]
    [InlineData("+39 02 1234 5678")]
    [InlineData("+1 (555) 123-4567")]
    [InlineData("-5")]
    [InlineData("Ada")]
    [InlineData("a-b@c.test")]
    [InlineData("")]
    public void Should_accept_the_cell_when_a_sign_starts_a_number_or_nothing_starts_a_formula(string cell) =>
        Assert.False(CsvCells.LooksLikeFormula(cell));
}
