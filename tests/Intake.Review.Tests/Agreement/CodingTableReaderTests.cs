using Intake.Review.Agreement;

namespace Intake.Review.Tests.Agreement;

/// <summary>The CSV coding table: RFC 4180 quoting, and every refusal with its line number.</summary>
public sealed class CodingTableReaderTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_quotes_and_line_breaks_and_an_empty_value_as_missing()
    {
        var text = "\uFEFFunit,coder,code,value\r\n"
            + "t1,ana,attr.employer,\"Empresa, S.A.\"\r\n"
            + "t1,\"ben\",attr.employer,\"La \"\"Firma\"\"\nde dos líneas\"\r\n"
            + "t2,ana,attr.employer,\n"
            + "t2,ben,attr.employer,\"\"";

        var rows = CodingTableReader.Read(text, "t.csv");

        Assert.Equal(
            [
                new CodingValue("t1", "ana", "attr.employer", "Empresa, S.A."),
                new CodingValue("t1", "ben", "attr.employer", "La \"Firma\"\nde dos líneas"),
                new CodingValue("t2", "ana", "attr.employer", null),
                new CodingValue("t2", "ben", "attr.employer", null),
            ],
            rows);
    }

    [Fact]
    public void A_header_alone_is_an_empty_table()
    {
        Assert.Empty(CodingTableReader.Read("unit,coder,code,value\n", "t.csv"));
    }

    [Theory]
    [InlineData("", "t.csv, line 1: the file is empty")]
    [InlineData("unit,coder,code\nt1,ana,c\n", "t.csv, line 1: the header must be exactly unit,coder,code,value")]
    [InlineData("Unit,Coder,Code,Value\n", "t.csv, line 1: the header must be exactly unit,coder,code,value")]
    [InlineData("unit,coder,code,value,note\n", "t.csv, line 1: the header must be exactly unit,coder,code,value")]
    [InlineData("unit,coder,code,value\nt1,ana,c,1\nt1,ben,c\n", "t.csv, line 3: 3 field(s) where the header has 4")]
    [InlineData("unit,coder,code,value\nt1,ana,c,1,2\n", "t.csv, line 2: 5 field(s) where the header has 4")]
    [InlineData("unit,coder,code,value\nt1,ana,c,1\n\nt1,ben,c,1\n", "t.csv, line 3: 1 field(s) where the header has 4")]
    [InlineData("unit,coder,code,value\nt1,ana,c,\"two\nlines\"\nt1,ben,c\n", "t.csv, line 4: 3 field(s)")]
    [InlineData("unit,coder,code,value\nt1,ana,c,1\nt1,ana,c,2\n", "t.csv, line 3: a second row for unit \"t1\", coder \"ana\" and code \"c\" (the first is on line 2)")]
    [InlineData("unit,coder,code,value\nt1,ana,c,1\nt1,ana,c,\n", "t.csv, line 3: a second row")]
    [InlineData("unit,coder,code,value\n,ana,c,1\n", "t.csv, line 2: unit, coder and code must not be empty")]
    [InlineData("unit,coder,code,value\nt1,ana,,1\n", "t.csv, line 2: unit, coder and code must not be empty")]
    [InlineData("unit,coder,code,value\nt1,ana,c,5\"\n", "t.csv, line 2: a quote inside an unquoted field")]
    [InlineData("unit,coder,code,value\nt1,ana,c,\"5\"x\n", "t.csv, line 2: text follows the closing quote")]
    [InlineData("unit,coder,code,value\nt1,ana,c,1\nt1,ben,c,\"5\n", "t.csv, line 3: a quoted field is never closed")]
    public void Refuses_a_malformed_table_with_the_line_of_the_problem(string text, string expected)
    {
        var refused = Assert.Throws<ReviewException>(() => CodingTableReader.Read(text, "t.csv"));

        Assert.StartsWith(expected, refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was computed.", refused.Message, StringComparison.Ordinal);
    }
}
