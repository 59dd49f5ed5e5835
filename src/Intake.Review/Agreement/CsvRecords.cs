using System.Text;

namespace Intake.Review.Agreement;

/// <summary>
/// Splits RFC 4180 text into records: fields separated by commas, records by CRLF or LF, a
/// field in double quotes may hold commas, line breaks and doubled quotes (""). Strict: a
/// quote inside an unquoted field, text after a closing quote, or an unclosed quote is refused
/// with its line number, since guessing would silently move values between columns.
/// </summary>
internal static class CsvRecords
{
    /// <summary>One record and the line (from 1) it starts on.</summary>
    public sealed record Record(int Line, IReadOnlyList<string> Fields);

    /// <exception cref="ReviewException">The text is not well-formed CSV.</exception>
    public static List<Record> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        // Spreadsheets often start a UTF-8 file with a byte order mark.
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                i = ReadQuoted(text, i, field, ref line, source);
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw Refuse(source, line, "text follows the closing quote of a field (a quote inside a quoted field is written \"\")");
                }
                continue;
            }
            if (c == '"')
            {
                throw Refuse(source, line, "a quote inside an unquoted field (put the whole field in quotes and double the quote)");
            }
            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                fields.Add(field.ToString());
                field.Clear();
                records.Add(new Record(recordLine, [.. fields]));
                fields.Clear();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
            i++;
        }
        // The last record needs no line break after it.
        if (text.Length > start && text[^1] is not ('\r' or '\n'))
        {
            fields.Add(field.ToString());
            records.Add(new Record(recordLine, [.. fields]));
        }
        return records;
    }

    private static int ReadQuoted(string text, int open, StringBuilder field, ref int line, string source)
    {
        var start = line;
        var i = open + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
            field.Append(c);
            i++;
        }
        throw Refuse(source, start, "a quoted field is never closed");
    }

    public static ReviewException Refuse(string source, int line, string problem) =>
        new($"{source}, line {line}: {problem}. Nothing was computed.");
}
