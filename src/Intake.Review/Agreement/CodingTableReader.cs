namespace Intake.Review.Agreement;

/// <summary>
/// Reads a coding table for <c>review agreement --input</c>: CSV (RFC 4180) whose header is
/// exactly <c>unit,coder,code,value</c>, one row per value, an empty value meaning missing.
/// Strict, with the line number of the first problem: another header, a row without exactly
/// four fields, an empty unit, coder or code, or a second row for the same unit, coder and code.
/// </summary>
public static class CodingTableReader
{
    public const string Header = "unit,coder,code,value";

    /// <exception cref="ReviewException">The file cannot be read or is not such a table.</exception>
    public static IReadOnlyList<CodingValue> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReviewException($"Cannot read the coding table {path}: {e.Message}", e);
        }
        return Read(text, path);
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="ReviewException">The text is not such a table.</exception>
    public static IReadOnlyList<CodingValue> Read(string text, string source)
    {
        var records = CsvRecords.Parse(text, source);
        if (records.Count == 0)
        {
            throw CsvRecords.Refuse(source, 1, $"the file is empty; a coding table starts with the header {Header}");
        }
        if (string.Join(',', records[0].Fields) != Header || records[0].Fields.Count != 4)
        {
            throw CsvRecords.Refuse(source, records[0].Line, $"the header must be exactly {Header}");
        }

        var rows = new List<CodingValue>();
        var firstLine = new Dictionary<(string, string, string), int>();
        foreach (var record in records.Skip(1))
        {
            var fields = record.Fields;
            if (fields.Count != 4)
            {
                throw CsvRecords.Refuse(source, record.Line, $"{fields.Count} field(s) where the header has 4 ({Header})");
            }
            var (unit, coder, code, value) = (fields[0], fields[1], fields[2], fields[3]);
            if (unit.Length == 0 || coder.Length == 0 || code.Length == 0)
            {
                throw CsvRecords.Refuse(source, record.Line, "unit, coder and code must not be empty (only the value may be, for a missing value)");
            }
            if (!firstLine.TryAdd((unit, coder, code), record.Line))
            {
                throw CsvRecords.Refuse(source, record.Line, $"a second row for unit \"{unit}\", coder \"{coder}\" and code \"{code}\" (the first is on line {firstLine[(unit, coder, code)]})");
            }
            rows.Add(new CodingValue(unit, coder, code, value.Length == 0 ? null : value));
        }
        return rows;
    }
}
