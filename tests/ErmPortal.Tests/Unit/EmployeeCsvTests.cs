using System.Text;
using ErmPortal.Tests.Infrastructure;
using ErmPortal.Web.Organisation;

namespace ErmPortal.Tests.Unit;

/// <summary>Reading an uploaded file: encodings, header and malformed rows, before any rule about employees.</summary>
public class EmployeeCsvTests
{
    private static readonly string Ada = EmployeeCsvFiles.Row("Zoë", "Lovelace", "zoe@erm.test");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_read_accented_names_when_the_file_is_utf8_with_or_without_byte_order_mark(bool byteOrderMark)
    {
        var bytes = EmployeeCsvFiles.Utf8(EmployeeCsvFiles.Header, Ada);
        var csv = EmployeeCsv.Read(byteOrderMark ? bytes : bytes[3..]);

        Assert.Empty(csv.Problems);
        Assert.Equal("Zoë", Assert.Single(csv.Rows).Cell(EmployeeCsv.LegalFirstName));
    }

    [Fact]
    public void Should_refuse_with_advice_to_save_as_csv_utf8_when_the_file_is_latin1()
    {
        var latin1 = Encoding.Latin1.GetBytes(EmployeeCsvFiles.Header + "\r\n" + Ada + "\r\n");

        var problem = Assert.Single(EmployeeCsv.Read(latin1).Problems);

        Assert.Equal(EmployeeCsv.NotUtf8, problem.Message);
        Assert.Contains("CSV UTF-8", problem.Message);
    }

    [Fact]
    public void Should_refuse_when_the_file_is_utf16()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(EmployeeCsvFiles.Header + "\r\n" + Ada)).ToArray();
        Assert.Equal(EmployeeCsv.NotUtf8, Assert.Single(EmployeeCsv.Read(utf16).Problems).Message);
    }

    [Fact]
    public void Should_give_the_spreadsheet_row_number_when_a_row_has_too_few_or_too_many_cells()
    {
        var csv = EmployeeCsv.Read(EmployeeCsvFiles.Utf8(EmployeeCsvFiles.Header, Ada, "Grace,Hopper,grace@erm.test", Ada + ",extra"));

        Assert.Equal([2, 3, 4], csv.Rows.Select(r => r.Number));
        Assert.Null(csv.Rows[0].Problem);
        Assert.Contains("as many cells as the header row", csv.Rows[1].Problem);
        Assert.Contains("as many cells as the header row", csv.Rows[2].Problem);
    }

    [Fact]
    public void Should_give_the_row_number_and_keep_reading_when_a_row_has_a_quote_in_the_wrong_place()
    {
        var badQuote = EmployeeCsvFiles.Row("\"Grace\"x", "Hopper", "grace@erm.test");
        var unclosed = EmployeeCsvFiles.Row("\"Alan", "Turing", "alan@erm.test");
        var csv = EmployeeCsv.Read(EmployeeCsvFiles.Utf8(EmployeeCsvFiles.Header, badQuote, unclosed, Ada));

        Assert.Equal([2, 3, 4], csv.Rows.Select(r => r.Number));
        Assert.Contains("quote in the wrong place", csv.Rows[0].Problem);
        Assert.NotNull(csv.Rows[1].Problem);
        Assert.Null(csv.Rows[2].Problem);
    }

    [Fact]
    public void Should_skip_blank_lines_and_keep_counting_them_when_numbering_rows()
    {
        var csv = EmployeeCsv.Read(EmployeeCsvFiles.Utf8(EmployeeCsvFiles.Header, "", ",,,,,,,,,,,", Ada));
        Assert.Equal(4, Assert.Single(csv.Rows).Number);
    }

    [Fact]
    public void Should_match_column_names_without_case_and_in_any_order_when_reading_the_header()
    {
        var header = "workemail,LEGALLASTNAME,legalFirstName,hiredate,employmenttype,department,position,location";
        var csv = EmployeeCsv.Read(EmployeeCsvFiles.Utf8(header, $"ada@erm.test,Lovelace,Ada,2026-01-05,FullTime,Engineering,Software Engineer,Milan HQ"));

        Assert.Empty(csv.Problems);
        var row = Assert.Single(csv.Rows);
        Assert.Equal("Ada", row.Cell(EmployeeCsv.LegalFirstName));
        Assert.Equal("", row.Cell(EmployeeCsv.ManagerEmail));
    }

    [Fact]
    public void Should_read_a_semicolon_separated_file_when_excel_saved_it_with_european_settings()
    {
        var csv = EmployeeCsv.Read(EmployeeCsvFiles.Utf8(EmployeeCsvFiles.Header.Replace(',', ';'), Ada.Replace(',', ';')));
        Assert.Equal("zoe@erm.test", Assert.Single(csv.Rows).Cell(EmployeeCsv.WorkEmail));
    }

    [Fact]
    public void Should_name_the_missing_and_unknown_columns_when_the_header_is_not_an_exports()
    {
        var csv = EmployeeCsv.Read(EmployeeCsvFiles.Utf8("LegalFirstName,LegalLastName,Email,Deparment", "Ada,Lovelace,ada@erm.test,Engineering"));

        Assert.Empty(csv.Rows);
        Assert.Contains(csv.Problems, p => p.Message.StartsWith("The header row lacks") && p.Argument.Contains("WorkEmail") && p.Argument.Contains("Department"));
        Assert.Contains(csv.Problems, p => p.Message.StartsWith("The header row has columns the import does not know") && p.Argument == "Email, Deparment");
    }

    [Fact]
    public void Should_refuse_when_the_file_has_a_header_but_no_rows() =>
        Assert.Equal("The file has a header row but no employees.", Assert.Single(EmployeeCsv.Read(EmployeeCsvFiles.Utf8(EmployeeCsvFiles.Header)).Problems).Message);
}
