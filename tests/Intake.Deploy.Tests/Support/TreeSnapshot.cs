using System.Globalization;
using System.Security.Cryptography;

namespace Intake.Deploy.Tests.Support;

/// <summary>One path of a tree: its type (f, d, l), octal mode, numeric owner, link target and content hash.</summary>
public sealed record TreeEntry(string Type, string Mode, int Uid, int Gid, string LinkTarget, string? Sha256)
{
    public override string ToString() => $"{Type} {Mode} {Uid}:{Gid} {LinkTarget} {Sha256}";
}

/// <summary>Every path under a directory with its mode, owner and content, to compare a tree before and after.</summary>
public static class TreeSnapshot
{
    public static IReadOnlyDictionary<string, TreeEntry> Take(string root)
    {
        // .NET reads no file owner, so find(1) lists paths, types, modes and owners.
        var listing = ProcessRunner.Run(ExternalTool.Find("find", "findutils"), [root, "-printf", @"%P\t%y\t%m\t%U\t%G\t%l\n"], [])
            .EnsureSuccess().StdoutText;
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .ToDictionary(
                fields => "/" + fields[0],
                fields => new TreeEntry(
                    fields[1],
                    fields[2],
                    int.Parse(fields[3], CultureInfo.InvariantCulture),
                    int.Parse(fields[4], CultureInfo.InvariantCulture),
                    fields[5],
                    fields[1] == "f" ? Hash(Path.Combine(root, fields[0])) : null),
                StringComparer.Ordinal);
    }

    /// <summary>Each path added, removed or changed between two snapshots, one per line; empty when equal.</summary>
    public static string Differences(IReadOnlyDictionary<string, TreeEntry> before, IReadOnlyDictionary<string, TreeEntry> after) =>
        string.Join('\n', before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Where(path => !Equals(before.GetValueOrDefault(path), after.GetValueOrDefault(path)))
            .Select(path => $"{path}: {before.GetValueOrDefault(path)?.ToString() ?? "(none)"} -> {after.GetValueOrDefault(path)?.ToString() ?? "(none)"}"));

    public static string Hash(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(file));
    }
}
