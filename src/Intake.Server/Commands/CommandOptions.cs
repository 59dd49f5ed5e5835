using System.CommandLine;

namespace Intake.Server.Commands;

/// <summary>Options shared by every `intake` command.</summary>
internal static class CommandOptions
{
    public static Option<string> Data() => new("--data")
    {
        Description = "The data directory (database and key ring). Created with mode 0700 if missing.",
        Required = true,
    };
}
