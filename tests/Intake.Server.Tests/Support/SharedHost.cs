namespace Intake.Server.Tests.Support;

/// <summary>One default in-process server shared by the tests of a class that only read pages.</summary>
public sealed class SharedHost : IAsyncLifetime
{
    internal IntakeHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await IntakeHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
