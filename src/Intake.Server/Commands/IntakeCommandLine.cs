using System.CommandLine;

namespace Intake.Server.Commands;

/// <summary>The `intake` command: the service and the operator's tools.</summary>
public static class IntakeCommandLine
{
    public static RootCommand Build(TextWriter output)
    {
        var root = new RootCommand("intake: the Testimonio intake service and its operator tools.");
        root.Subcommands.Add(ServeCommand.Build());
        root.Subcommands.Add(RecipientsCommand.Build(output));
        return root;
    }
}
