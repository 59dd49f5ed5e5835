using System.CommandLine;

namespace Intake.Server.Commands;

/// <summary>The `intake` command: the service and the operator's tools.</summary>
public static class IntakeCommandLine
{
    /// <param name="terminal">Where progress is drawn, or null when no one watches (output redirected).</param>
    public static RootCommand Build(TextWriter output, TextWriter? terminal = null)
    {
        var root = new RootCommand("intake: the Testimonio intake service and its operator tools.");
        root.Subcommands.Add(ServeCommand.Build());
        root.Subcommands.Add(RecipientsCommand.Build(output));
        root.Subcommands.Add(ExportCommand.Build(output, terminal));
        root.Subcommands.Add(PurgeCommand.Build(output));
        root.Subcommands.Add(DoctorCommand.Build(output));
        return root;
    }
}
