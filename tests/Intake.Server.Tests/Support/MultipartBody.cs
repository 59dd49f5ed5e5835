using System.Globalization;
using System.Net;
using System.Text;

namespace Intake.Server.Tests.Support;

/// <summary>
/// A multipart/form-data body written the way a browser writes the form: sections in the
/// order added, names and file names as raw UTF-8 with only '"', CR and LF escaped (WHATWG),
/// text with CRLF line breaks, a Content-Length, and files streamed from their sources
/// (nothing large is held in memory).
/// </summary>
internal sealed class MultipartBody : HttpContent
{
    private const int CopyBufferSize = 64 * 1024;
    private static readonly byte[] CrLf = "\r\n"u8.ToArray();
    private readonly List<Section> _sections = [];
    private bool _chunked;

    public MultipartBody()
    {
        Boundary = "----IntakeTestFormBoundary" + Guid.NewGuid().ToString("N")[..16];
        Headers.TryAddWithoutValidation("Content-Type", ContentTypeValue);
    }

    public string Boundary { get; }

    public string ContentTypeValue => $"multipart/form-data; boundary={Boundary}";

    /// <summary>Sent with chunked transfer encoding instead of a Content-Length.</summary>
    public bool IsChunked => _chunked;

    public long Length => _sections.Sum(s => s.Head.Length + s.Length + CrLf.Length) + Closing.Length;

    private byte[] Closing => Encoding.ASCII.GetBytes($"--{Boundary}--\r\n");

    /// <summary>A body whose first field is the antiforgery token, as the form page orders it.</summary>
    public static MultipartBody WithToken(string token) => new MultipartBody().Field("__token", token);

    public MultipartBody Field(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bytes = Encoding.UTF8.GetBytes(value.ReplaceLineEndings("\r\n"));
        return Add($"Content-Disposition: form-data; name=\"{Escape(name)}\"\r\n", () => new MemoryStream(bytes), bytes.Length);
    }

    public MultipartBody Fields(IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var (name, value) in fields)
        {
            Field(name, value);
        }
        return this;
    }

    /// <summary>A chosen file, read from <paramref name="open"/> when the body is sent.</summary>
    public MultipartBody File(string fileName, string contentType, Func<Stream> open, long length, string fieldName = "files") =>
        Add($"Content-Disposition: form-data; name=\"{Escape(fieldName)}\"; filename=\"{Escape(fileName)}\"\r\nContent-Type: {contentType}\r\n", open, length);

    public MultipartBody File(string fileName, string contentType, byte[] contents, string fieldName = "files")
    {
        ArgumentNullException.ThrowIfNull(contents);
        return File(fileName, contentType, () => new MemoryStream(contents, writable: false), contents.Length, fieldName);
    }

    /// <summary>What a browser sends for a file input left empty.</summary>
    public MultipartBody EmptyFileInput(string fieldName = "files") =>
        Add($"Content-Disposition: form-data; name=\"{Escape(fieldName)}\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n", () => new MemoryStream(), 0);

    /// <summary>Sends the body with chunked transfer encoding, without a Content-Length.</summary>
    public MultipartBody Chunked()
    {
        _chunked = true;
        return this;
    }

    /// <summary>Writes the whole body to <paramref name="target"/> (a raw socket, for instance).</summary>
    public async Task WriteToAsync(Stream target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var buffer = new byte[CopyBufferSize];
        foreach (var section in _sections)
        {
            await target.WriteAsync(section.Head, cancellationToken);
            await using (var source = section.Open())
            {
                long copied = 0;
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    // Out of the client's buffers now: a test that holds the rest back must know
                    // that what was read has reached the server.
                    await target.FlushAsync(cancellationToken);
                    copied += read;
                }
                if (copied != section.Length)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"a section declared {section.Length} bytes but its stream gave {copied}"));
                }
            }
            await target.WriteAsync(CrLf, cancellationToken);
        }
        await target.WriteAsync(Closing, cancellationToken);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => WriteToAsync(stream);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        WriteToAsync(stream, cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = Length;
        return !_chunked;
    }

    private MultipartBody Add(string headers, Func<Stream> open, long length)
    {
        _sections.Add(new Section(Encoding.UTF8.GetBytes($"--{Boundary}\r\n{headers}\r\n"), open, length));
        return this;
    }

    private static string Escape(string name) =>
        name.Replace("\"", "%22", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private sealed record Section(byte[] Head, Func<Stream> Open, long Length);
}
