using System.Diagnostics;
using System.Net;

namespace Intake.Testing;

/// <summary>
/// When a started `intake serve` process may be used: it printed that it started, and the
/// probe answers GET with 200. A probe alone is not enough: the port was free when chosen, and
/// another test's server may take it and answer while this one is still starting; SIGTERM
/// sent to a process that has not yet installed its handler kills it (exit 143).
/// </summary>
public static class ServeReadiness
{
    /// <param name="outputRead">Completes once the process's output is read to its end, when the caller reads it itself.</param>
    /// <exception cref="InvalidOperationException">The process exited first; the message holds all its output.</exception>
    /// <exception cref="TimeoutException">It did not become ready within <paramref name="timeout"/>.</exception>
    public static async Task WaitAsync(Process process, Func<string> output, HttpClient client, Uri probe, TimeSpan timeout, Task? outputRead = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(client);
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync().ConfigureAwait(false);
                await (outputRead ?? Task.CompletedTask).ConfigureAwait(false);
                throw new InvalidOperationException($"`intake serve` exited with {process.ExitCode} before it answered. Its output:\n{output()}");
            }
            if (output().Contains("Application started.", StringComparison.Ordinal) && await AnswersAsync(client, probe).ConfigureAwait(false))
            {
                return;
            }
            await Task.Delay(100).ConfigureAwait(false);
        }
        throw new TimeoutException($"`intake serve` did not answer on {probe} within {timeout.TotalSeconds} s. Its output:\n{output()}");
    }

    private static async Task<bool> AnswersAsync(HttpClient client, Uri probe)
    {
        try
        {
            using var response = await client.GetAsync(probe).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
