using Intake.Terminal;
using System.CommandLine;
using Intake.Bundles;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Commands;

/// <summary>The command line of <c>review</c>: builds the commands and turns failures into exit codes.</summary>
public static class ReviewCommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static RootCommand Build(ReviewConsole console)
    {
        var root = new RootCommand("review: import, read and code testimonies on an air-gapped laptop.");
        root.Subcommands.Add(InitCommand.Create(console));
        root.Subcommands.Add(KeygenCommand.Create(console));
        root.Subcommands.Add(IdentityCommand.Create(console));
        root.Subcommands.Add(TrustServerCommand.Create(console));
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(ListCommand.Create(console));
        root.Subcommands.Add(ShowCommand.Create(console));
        root.Subcommands.Add(AttachmentCommand.Create(console));
        root.Subcommands.Add(AckCommand.Create(console));
        root.Subcommands.Add(UiCommand.Create(console));
        root.Subcommands.Add(CodeCommand.Create(console));
        root.Subcommands.Add(CodingExportCommand.Create(console));
        root.Subcommands.Add(MergeCommand.Create(console));
        root.Subcommands.Add(AdjudicateCommand.Create(console));
        root.Subcommands.Add(AgreementCommand.Create(console));
        root.Subcommands.Add(QuoteCommand.Create(console));
        root.Subcommands.Add(EvidenceExportCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        return root;
    }

    /// <summary>How long a command may take to finish after Ctrl+C or SIGTERM.</summary>
    public static readonly TimeSpan TerminationGrace = TimeSpan.FromSeconds(10);

    /// <summary>Parses and runs <paramref name="args"/>: 0 done, 1 refused or failed (one paragraph on stderr), 2 usage error.</summary>
    public static async Task<int> RunAsync(string[] args, ReviewConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var configuration = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            Output = console.Out,
            Error = console.Error,
            // After Ctrl+C a command gets this long to close the workspace before the process
            // exits without it; System.CommandLine's 2 s was too short on a loaded machine.
            ProcessTerminationTimeout = TerminationGrace,
        };
        try
        {
            var parse = Build(console).Parse(args);
            if (parse.Errors.Count > 0)
            {
                // System.CommandLine would print the whole help; a person or a script wants the one problem.
                await console.Error.WriteLineAsync($"review: {parse.Errors[0].Message} (see review --help)").ConfigureAwait(false);
                return UsageError;
            }
            return await parse.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ReviewException or PassphraseUnavailableException or BundleException or AgeFormatException or NoIdentityMatchedException
            or KeyFormatException or SqliteException or IOException or UnauthorizedAccessException)
        {
            // One paragraph, no stack trace, and nothing from a testimony or a key.
            await console.Error.WriteLineAsync($"review: {e.Message}").ConfigureAwait(false);
            return Failure;
        }
    }
}
