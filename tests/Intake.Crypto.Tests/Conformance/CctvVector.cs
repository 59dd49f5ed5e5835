using System.IO.Compression;

namespace Intake.Crypto.Tests.Conformance;

/// <summary>One CCTV age test vector: a key/value header, a blank line, then the age file.</summary>
public sealed record CctvVector(
    string Name,
    string Expect,
    string? PayloadSha256,
    IReadOnlyList<string> Identities,
    IReadOnlyList<string> Passphrases,
    bool Armored,
    byte[] File)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "testdata", "age-vectors");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => n is not "FORMAT.md" and not "LICENSE")
            .Order(StringComparer.Ordinal);

    public static CctvVector Load(string name)
    {
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(Directory, name));
        var values = new List<(string Key, string Value)>();
        var position = 0;
        while (true)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', position);
            var line = System.Text.Encoding.UTF8.GetString(bytes, position, end - position);
            position = end + 1;
            if (line.Length == 0)
            {
                break;
            }
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            values.Add((line[..colon], line[(colon + 2)..]));
        }
        var file = bytes[position..];
        if (values.Any(v => v is ("compressed", "zlib")))
        {
            using var inflater = new ZLibStream(new MemoryStream(file), CompressionMode.Decompress);
            var inflated = new MemoryStream();
            inflater.CopyTo(inflated);
            file = inflated.ToArray();
        }
        string? One(string key) => values.Where(v => v.Key == key).Select(v => v.Value).FirstOrDefault();
        IReadOnlyList<string> All(string key) => [.. values.Where(v => v.Key == key).Select(v => v.Value)];
        return new CctvVector(
            name,
            One("expect") ?? throw new InvalidDataException($"{name} has no expect line"),
            One("payload"),
            All("identity"),
            All("passphrase"),
            One("armored") == "yes",
            file);
    }
}
