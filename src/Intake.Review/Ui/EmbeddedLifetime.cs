namespace Intake.Review.Ui;

/// <summary>
/// The host's lifetime for a server that lives inside another program (`review ui`, a test):
/// unlike the default console lifetime it takes over no signal and does not hold up the
/// process's exit; whoever started the server stops it.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
