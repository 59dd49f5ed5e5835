using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Intake.Server.Tests.Support;

/// <summary>How a client walks away from an upload.</summary>
public enum Disconnect
{
    /// <summary>Closes its end (FIN): the body ends early.</summary>
    Close,

    /// <summary>Resets the connection (RST), as a dropped Tor circuit can look.</summary>
    Reset,
}

/// <summary>
/// Uploads over a raw TCP connection, for what HttpClient cannot do: send only the start of a
/// body and then go away, or keep reading the response the server sends before the body is
/// all sent.
/// </summary>
internal static class RawUpload
{
    public static async Task SendPartThenDisconnectAsync(
        Uri baseAddress,
        string pathAndQuery,
        MultipartBody body,
        IReadOnlyDictionary<string, string> cookies,
        long bodyBytesToSend,
        Disconnect disconnect,
        Func<Task> whileConnected,
        IEnumerable<KeyValuePair<string, string>>? extraHeaders = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(cookies);
        ArgumentNullException.ThrowIfNull(whileConnected);
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(RequestHead(baseAddress, pathAndQuery, body, cookies, extraHeaders));
        try
        {
            await body.WriteToAsync(new CutOffStream(stream, bodyBytesToSend));
            throw new InvalidOperationException("the whole body was sent; send fewer bytes to disconnect mid-upload");
        }
        catch (CutOffException)
        {
        }
        await stream.FlushAsync();
        await whileConnected();
        if (disconnect == Disconnect.Reset)
        {
            client.Client.LingerState = new LingerOption(true, 0);
        }
        client.Client.Close();
    }

    /// <summary>
    /// Posts the whole body while reading the response, as a browser does: a server that
    /// answers before the body is all sent (a 413, say) and closes the connection still gets
    /// its page read, where HttpClient would report only the broken pipe.
    /// </summary>
    public static async Task<Page> PostReadingEarlyResponseAsync(
        Uri baseAddress, string pathAndQuery, MultipartBody body, IReadOnlyDictionary<string, string> cookies)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(body);
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = client.GetStream();
        using var stopSending = new CancellationTokenSource();
        var sending = Task.Run(async () =>
        {
            await stream.WriteAsync(RequestHead(baseAddress, pathAndQuery, body, cookies, null), stopSending.Token);
            if (body.IsChunked)
            {
                await body.WriteToAsync(new ChunkedStream(stream), stopSending.Token);
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), stopSending.Token);
            }
            else
            {
                await body.WriteToAsync(stream, stopSending.Token);
            }
        });
        var response = await ReadResponseAsync(stream).WaitAsync(TimeSpan.FromSeconds(60));
        await stopSending.CancelAsync();
        client.Client.Close();
        try
        {
            await sending;
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The server stopped reading: expected when it refuses the upload.
        }
        return response;
    }

    private static byte[] RequestHead(
        Uri baseAddress, string pathAndQuery, MultipartBody body, IReadOnlyDictionary<string, string> cookies, IEnumerable<KeyValuePair<string, string>>? extraHeaders)
    {
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"POST {pathAndQuery} HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: {baseAddress.Authority}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Type: {body.ContentTypeValue}\r\n")
            .Append(body.IsChunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n");
        if (cookies.Count > 0)
        {
            head.Append(CultureInfo.InvariantCulture, $"Cookie: {string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"))}\r\n");
        }
        foreach (var (name, value) in extraHeaders ?? [])
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }
        head.Append("\r\n");
        return Encoding.ASCII.GetBytes(head.ToString());
    }

    private static async Task<Page> ReadResponseAsync(Stream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int headEnd;
        while ((headEnd = received.GetBuffer().AsSpan(0, (int)received.Length).IndexOf("\r\n\r\n"u8)) < 0)
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                throw new IOException($"the connection closed before a response head; got {received.Length} bytes");
            }
            received.Write(buffer, 0, read);
        }
        var lines = Encoding.ASCII.GetString(received.GetBuffer(), 0, headEnd).Split("\r\n");
        var status = (HttpStatusCode)int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(line => line.Split(':', 2)).Select(p => new KeyValuePair<string, string>(p[0].Trim(), p[1].Trim())).ToList();
        var rest = new MemoryStream();
        rest.Write(received.GetBuffer(), headEnd + 4, (int)received.Length - headEnd - 4);
        var contentLength = headers.FirstOrDefault(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value;
        var chunked = headers.Any(h => h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && h.Value.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        Func<bool> complete = contentLength is not null
            ? () => rest.Length >= long.Parse(contentLength, CultureInfo.InvariantCulture)
            : chunked ? () => rest.GetBuffer().AsSpan(0, (int)rest.Length).EndsWith("0\r\n\r\n"u8) : () => false;
        while (!complete())
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }
            rest.Write(buffer, 0, read);
        }
        var body = chunked ? Dechunk(rest.ToArray()) : rest.ToArray();
        return new Page(status, headers, Encoding.UTF8.GetString(body));
    }

    private static byte[] Dechunk(byte[] data)
    {
        var output = new MemoryStream();
        var position = 0;
        while (true)
        {
            var lineEnd = data.AsSpan(position).IndexOf("\r\n"u8) + position;
            var size = int.Parse(Encoding.ASCII.GetString(data, position, lineEnd - position).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return output.ToArray();
            }
            output.Write(data, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }

    /// <summary>Frames every write as one HTTP/1.1 chunk.</summary>
    private sealed class ChunkedStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (buffer.IsEmpty)
            {
                return;
            }
            await inner.WriteAsync(Encoding.ASCII.GetBytes(buffer.Length.ToString("X", CultureInfo.InvariantCulture) + "\r\n"), cancellationToken);
            await inner.WriteAsync(buffer, cancellationToken);
            await inner.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private sealed class CutOffException : Exception
    {
    }

    /// <summary>Passes writes through until the limit, then throws.</summary>
    private sealed class CutOffStream(Stream inner, long limit) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var room = limit - _written;
            if (buffer.Length > room)
            {
                await inner.WriteAsync(buffer[..(int)room], cancellationToken);
                _written = limit;
                throw new CutOffException();
            }
            await inner.WriteAsync(buffer, cancellationToken);
            _written += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
