using System.Text.RegularExpressions;

namespace Intake.Deploy.Tests.Docs;

/// <summary>
/// The tests a document names, written as `tests/PATH` (a test file or folder) or
/// `tests/PATH/FILE.cs#Method_name` (one test), and the ones among them that do not exist.
/// </summary>
internal static partial class TestReferences
{
    public static IReadOnlyList<string> In(string markdown) =>
        Reference().Matches(markdown).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Each reference that names no existing test file, folder of tests or test method, with why.</summary>
    public static IReadOnlyList<string> Missing(string repositoryRoot, IEnumerable<string> references) =>
        references.Select(reference => Problem(repositoryRoot, reference)).OfType<string>().ToList();

    private static string? Problem(string root, string reference)
    {
        var parts = reference.Split('#', 2);
        var path = Path.Combine(root, parts[0]);
        if (parts.Length == 2)
        {
            return !File.Exists(path) ? $"{reference}: no file {parts[0]}"
                : !DeclaresTest(File.ReadAllText(path), parts[1]) ? $"{reference}: {parts[0]} has no [Fact] or [Theory] named {parts[1]}"
                : null;
        }
        if (File.Exists(path))
        {
            return DeclaresAnyTest(File.ReadAllText(path)) ? null : $"{reference}: the file holds no test";
        }
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories).Any(file => DeclaresAnyTest(File.ReadAllText(file)))
                ? null
                : $"{reference}: the folder holds no test";
        }
        return $"{reference}: no such file or folder";
    }

    private static bool DeclaresTest(string source, string method) =>
        TestMethods().Matches(source).Any(match => match.Groups["name"].Value == method);

    private static bool DeclaresAnyTest(string source) => TestMethods().IsMatch(source);

    [GeneratedRegex(@"`(tests/[^`\s]+)`")]
    private static partial Regex Reference();

    // [Fact] or [Theory] (with arguments, and any attributes after it), then the method's signature.
    [GeneratedRegex(@"\[(?:Fact|Theory)\b[^\]]*\](?:\s*\[[^\]]*\])*\s*public\s+(?:async\s+)?(?:void|Task)\s+(?<name>\w+)\s*\(")]
    private static partial Regex TestMethods();
}
