using System.Text;
using Intake.Crypto.Encoding;

namespace Intake.Crypto.Age;

/// <summary>One recipient stanza of an age header: a type, its arguments and a binary body.</summary>
public sealed class Stanza
{
    private const int ColumnsPerLine = 64;

    public Stanza(string type, IReadOnlyList<string> arguments, byte[] body)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(body);
        if (!IsArgument(type) || arguments.Any(a => !IsArgument(a)))
        {
            throw new ArgumentException("Stanza arguments must be non-empty printable ASCII without spaces.", nameof(arguments));
        }
        Type = type;
        Arguments = arguments;
        Body = body;
    }

    /// <summary>The first argument, naming the recipient type (for example <c>X25519</c>).</summary>
    public string Type { get; }

    /// <summary>The arguments after the type.</summary>
    public IReadOnlyList<string> Arguments { get; }

    public byte[] Body { get; }

    /// <summary>True if <paramref name="value"/> is one or more VCHARs, as the header grammar requires.</summary>
    public static bool IsArgument(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }
        foreach (var c in value)
        {
            if (c < 0x21 || c > 0x7e)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Appends the stanza in its wire form: the argument line, then the body wrapped at 64 columns.</summary>
    public void WriteTo(StringBuilder builder)
    {
        builder.Append("-> ").Append(Type);
        foreach (var argument in Arguments)
        {
            builder.Append(' ').Append(argument);
        }
        builder.Append('\n');
        var body = StrictBase64.EncodeUnpadded(Body);
        var offset = 0;
        // The body always ends with a line shorter than 64 columns, possibly empty.
        while (true)
        {
            var length = Math.Min(ColumnsPerLine, body.Length - offset);
            builder.Append(body, offset, length).Append('\n');
            offset += length;
            if (length < ColumnsPerLine)
            {
                break;
            }
        }
    }
}
