namespace Intake.Testing;

/// <summary>How to run one program to completion.</summary>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Writes the program's stdin (which is then closed); none means an empty stdin.</summary>
    public Func<Stream, Task>? Stdin { get; init; }

    /// <summary>Where stdout goes instead of memory, for outputs too large to hold (a hash, say).</summary>
    public Stream? StdoutSink { get; init; }

    /// <summary>Variables to set (or, with a null value, to remove) in the program's environment.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Generous for large payloads on busy cores; a hung prompt or deadlock ends here.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public string CommandLine =>
        string.Join(' ', Arguments.Prepend(FileName).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"'{a}'" : a));

    /// <summary>`dotnet DLL ARGUMENTS…` on the dotnet host that runs the tests.</summary>
    public static ProcessSpec Dotnet(string dll, IEnumerable<string> arguments) =>
        new(RepositoryPaths.DotnetHost, [dll, .. arguments]);
}
