using System.Net;

namespace Intake.EndToEnd.Http;

/// <summary>
/// A file's bytes sent as a request body at a bounded pace, so that several uploads overlap
/// on the server, with hooks to hold the end of the body back and to stall part-way.
/// </summary>
public sealed class PacedFileContent : HttpContent
{
    private const int Piece = 256 * 1024;
    private const int TricklePiece = 16 * 1024;
    private static readonly TimeSpan PieceDelay = TimeSpan.FromMilliseconds(15);
    private static readonly TimeSpan TrickleDelay = TimeSpan.FromMilliseconds(50);

    private readonly byte[] _bytes;
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PacedFileContent(byte[] bytes, string contentType)
    {
        _bytes = bytes;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
    }

    /// <summary>Before the last piece, wait for this (null: do not wait).</summary>
    public Task? HoldLastPieceUntil { get; init; }

    /// <summary>After this many bytes, only trickle (16 KiB every 50 ms) until <see cref="StopTrickle"/> is cancelled (null: never).</summary>
    public long? TrickleAfter { get; init; }

    public CancellationToken StopTrickle { get; init; }

    /// <summary>Completes when the body has reached <see cref="TrickleAfter"/> and is trickling.</summary>
    public Task Stalled => _stalled.Task;

    /// <summary>Completes when the last byte of the body has been written and flushed.</summary>
    public Task Sent => _sent.Task;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var offset = 0;
        while (offset < _bytes.Length)
        {
            if (TrickleAfter is { } stallAt && offset >= stallAt)
            {
                _stalled.TrySetResult();
                // Stopping ends the body short: the request fails, as a dropped connection would.
                await Task.Delay(TrickleDelay, StopTrickle);
                var trickle = Math.Min(TricklePiece, _bytes.Length - offset);
                await stream.WriteAsync(_bytes.AsMemory(offset, trickle), cancellationToken);
                await stream.FlushAsync(cancellationToken);
                offset += trickle;
                continue;
            }
            var length = Math.Min(Piece, _bytes.Length - offset);
            if (offset + length == _bytes.Length && HoldLastPieceUntil is { } hold)
            {
                await hold.WaitAsync(cancellationToken);
            }
            await stream.WriteAsync(_bytes.AsMemory(offset, length), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            offset += length;
            if (offset < _bytes.Length)
            {
                await Task.Delay(PieceDelay, cancellationToken);
            }
        }
        _sent.TrySetResult();
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _bytes.Length;
        return true;
    }
}
