using System.CommandLine;
using System.Runtime.InteropServices;
using Intake.Review.Coding;
using Intake.Review.Ui;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review ui</c>: unlocks the workspace and serves the local web UI on 127.0.0.1 at a random
/// port until Ctrl+C. The only way in is the printed link, whose token works once.
/// </summary>
internal static class UiCommand
{
    // Requests in flight get this long; the whole action must end within ReviewCommandLine.TerminationGrace.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(2);

    public static Command Create(ReviewConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var workspace = new WorkspaceOption();
        var command = workspace.AddTo(new Command("ui", "Read, annotate and set the status of testimonies in a browser on this computer (127.0.0.1 only, no JavaScript)."));
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // Ours, registered before the link is printed: System.CommandLine registers its own
            // only once the action has started, which a quick Ctrl+C could beat.
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var opened = workspace.Unlock(parse, console);
            await using var server = await ReviewUiServer.StartAsync(opened.Catalog, new WorkspaceCoding(opened), cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(
                $"""
                Open this link in a browser on this computer. It works once, for one browser; nobody else on this computer can use it after you:

                  {server.Url}

                Press Ctrl+C to stop the review UI.
                """).ConfigureAwait(false);
            await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            using var stopping = new CancellationTokenSource(StopTimeout);
            await server.StopAsync(stopping.Token).ConfigureAwait(false);
            await console.Out.WriteLineAsync("The review UI has stopped.").ConfigureAwait(false);
            return ReviewCommandLine.Success;

            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }
}
