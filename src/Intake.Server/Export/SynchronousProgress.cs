namespace Intake.Server.Export;

/// <summary>Reports on the calling thread, in order (System.Progress posts to the thread pool, which can reorder a terminal's lines).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
