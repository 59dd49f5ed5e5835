using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Intake.Server.Submissions;

/// <summary>The text fields of the form, read from the multipart stream with a size cap.</summary>
internal sealed class FormFields
{
    /// <summary>The answers are small; anything beyond this is not a questionnaire.</summary>
    public const int MaxTotalBytes = 512 * 1024;
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private int _totalBytes;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values =>
        _values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);

    public async Task AddAsync(string name, MultipartSection section, CancellationToken cancellationToken)
    {
        var value = await ReadAsync(section, MaxTotalBytes - _totalBytes, cancellationToken);
        _totalBytes += Encoding.UTF8.GetByteCount(value) + name.Length;
        if (!_values.TryGetValue(name, out var list))
        {
            _values[name] = list = [];
        }
        list.Add(value);
    }

    /// <summary>Reads one field's value, refusing more than <paramref name="limit"/> bytes.</summary>
    public static async Task<string> ReadAsync(MultipartSection section, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(section);
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await section.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new SubmissionRefusedException(StatusCodes.Status413PayloadTooLarge, "form fields too large");
            }
            buffer.Write(chunk, 0, read);
        }
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
