using System.CommandLine;
using Intake.Bundles;

namespace Intake.Review.Commands;

/// <summary><c>review trust-server KEY</c>: pins the intake server's export key, so only its signed bundles import.</summary>
internal static class TrustServerCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var key = new Argument<string>("KEY") { Description = "The server's export public key (intake-export1…), as `intake export --show-key` prints it." };
        var command = workspace.AddTo(new Command("trust-server", "Pin the intake server's export public key.") { key });
        command.SetAction(parse =>
        {
            ExportPublicKey publicKey;
            try
            {
                publicKey = ExportPublicKey.Parse(parse.GetValue(key)!);
            }
            catch (BundleKeyFormatException e)
            {
                throw new ReviewException($"{e.Message} Nothing was changed.", e);
            }
            using var opened = workspace.Unlock(parse, console);
            console.Out.WriteLine(opened.TrustedServers.Add(publicKey)
                ? $"Trusting the server export key {publicKey.KeyId}: bundles it signed can now be imported."
                : $"The server export key {publicKey.KeyId} was already trusted; nothing changed.");
            return ReviewCommandLine.Success;
        });
        return command;
    }
}
