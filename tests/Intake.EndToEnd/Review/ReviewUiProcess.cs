using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Intake.EndToEnd.Review;

/// <summary>
/// `review ui` as a real process: it unlocks the workspace, prints its one-time link and serves
/// until Ctrl+C. <see cref="StopWithCtrlC"/> sends the SIGINT a terminal would; disposing kills
/// whatever is left.
/// </summary>
public sealed partial class ReviewUiProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputLock = new();
    private readonly TaskCompletionSource<Uri> _link = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ReviewUiProcess(Process process) => _process = process;

    /// <summary>The link `review ui` printed: http://127.0.0.1:PORT/?token=…</summary>
    public Uri Link { get; private set; } = null!;

    /// <summary>Where the UI answers, without the token.</summary>
    public Uri BaseAddress => new(Link.GetLeftPart(UriPartial.Authority) + "/");

    public string Output
    {
        get
        {
            lock (_outputLock)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<ReviewUiProcess> StartAsync(ReviewProgram review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var startInfo = ProcessRunner.StartInfo(review.Spec("ui"));
        // The test host's own ASP.NET settings must not reach the program (they could not add an address anyway).
        startInfo.Environment.Remove("ASPNETCORE_URLS");
        var ui = new ReviewUiProcess(new Process { StartInfo = startInfo });
        ui._process.OutputDataReceived += (_, line) => ui.Append(line.Data);
        ui._process.ErrorDataReceived += (_, line) => ui.Append(line.Data);
        ui._process.Start();
        ui._process.StandardInput.Close();
        ui._process.BeginOutputReadLine();
        ui._process.BeginErrorReadLine();
        try
        {
            var exited = ui._process.WaitForExitAsync();
            var first = await Task.WhenAny(ui._link.Task, exited).WaitAsync(StartTimeout);
            ui.Link = first == ui._link.Task
                ? await ui._link.Task
                : throw new InvalidOperationException($"`review ui` exited with {ui._process.ExitCode} before printing its link:\n{ui.Output}");
            return ui;
        }
        catch
        {
            ui.Dispose();
            throw;
        }
    }

    /// <summary>Sends SIGINT, as Ctrl+C in the terminal does, and returns the exit code.</summary>
    public async Task<int> StopWithCtrlC()
    {
        ProcessRunner.Run(new ProcessSpec(ExternalTool.Find("kill", "procps"), ["-s", "INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])).EnsureSuccess();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"`review ui` did not exit within 30 s of SIGINT. Its output:\n{Output}", e);
        }
        return _process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(30_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_outputLock)
        {
            _output.AppendLine(line);
        }
        if (PrintedLink().Match(line) is { Success: true } match)
        {
            _link.TrySetResult(new Uri(match.Value));
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+/\?token=[A-Za-z0-9_-]+")]
    private static partial Regex PrintedLink();
}
