using System.Text;

namespace Intake.Server.Tests.Support;

/// <summary>
/// Looks for strings in files and captured output, as UTF-8, UTF-16LE and UTF-16BE bytes, and
/// says where each hit is with the bytes around it.
/// </summary>
internal sealed class LeakScan
{
    private static readonly (string Name, Encoding Encoding)[] Encodings =
    [
        ("UTF-8", new UTF8Encoding(false)),
        ("UTF-16LE", new UnicodeEncoding(bigEndian: false, byteOrderMark: false)),
        ("UTF-16BE", new UnicodeEncoding(bigEndian: true, byteOrderMark: false)),
    ];

    // Sockets and pipes the .NET runtime itself makes in TMPDIR for diagnostics and debugging;
    // they hold no data and opening a pipe would block.
    private static readonly string[] RuntimeIpcPrefixes = ["dotnet-diagnostic-", "clr-debug-pipe-"];

    public List<string> Scanned { get; } = [];

    public List<string> SkippedRuntimeIpc { get; } = [];

    public List<string> Hits { get; } = [];

    /// <summary>Every file under <paramref name="root"/>, whatever its name.</summary>
    public LeakScan Tree(string root, params string[] needles)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            if (RuntimeIpcPrefixes.Any(prefix => Path.GetFileName(file).StartsWith(prefix, StringComparison.Ordinal)))
            {
                SkippedRuntimeIpc.Add(file);
                continue;
            }
            Bytes(file, File.ReadAllBytes(file), needles);
        }
        return this;
    }

    public LeakScan Bytes(string label, byte[] data, params string[] needles)
    {
        ArgumentNullException.ThrowIfNull(data);
        Scanned.Add(label);
        foreach (var needle in needles)
        {
            foreach (var (name, encoding) in Encodings)
            {
                var pattern = encoding.GetBytes(needle);
                for (var start = 0; start < data.Length;)
                {
                    var found = data.AsSpan(start).IndexOf(pattern);
                    if (found < 0)
                    {
                        break;
                    }
                    var offset = start + found;
                    Hits.Add($"\"{needle}\" as {name} in {label} at byte {offset}: …{Context(data, offset, pattern.Length)}…");
                    start = offset + 1;
                }
            }
        }
        return this;
    }

    private static string Context(byte[] data, int offset, int length)
    {
        var from = Math.Max(0, offset - 40);
        var to = Math.Min(data.Length, offset + length + 40);
        return new string(data[from..to].Select(b => b is >= 0x20 and < 0x7f ? (char)b : '.').ToArray());
    }
}
