using Intake.Crypto.Age;
using Intake.Crypto.Armor;
using Intake.Crypto.Payload;

namespace Intake.Crypto.Tests.Conformance;

/// <summary>The round trips FORMAT.md asks of the vectors: header and armor re-encoding, STREAM re-encryption.</summary>
public sealed class CctvRoundTripTests
{
    public static TheoryData<string> ParseableHeaders() =>
        [.. CctvVector.Names().Where(n => CctvVector.Load(n) is { Expect: not "header failure" and not "armor failure" })];

    public static TheoryData<string> ArmoredSuccesses() =>
        [.. CctvVector.Names().Where(n => CctvVector.Load(n) is { Armored: true, Expect: not "armor failure" })];

    public static TheoryData<string> Successes() =>
        [.. CctvVector.Names().Where(n => CctvVector.Load(n).Expect == "success")];

    [Theory]
    [MemberData(nameof(ParseableHeaders))]
    public void Header_parses_and_encodes_back_to_the_same_bytes(string name)
    {
        var binary = Binary(CctvVector.Load(name));
        var header = HeaderReader.Read(new MemoryStream(binary));

        var encoded = header.Encode();

        Assert.Equal(binary.AsSpan(0, encoded.Length).ToArray(), encoded);
    }

    [Theory]
    [MemberData(nameof(ArmoredSuccesses))]
    public void Armor_decodes_and_encodes_back_to_the_canonical_text(string name)
    {
        var original = System.Text.Encoding.ASCII.GetString(CctvVector.Load(name).File);
        var binary = Binary(CctvVector.Load(name));

        var output = new MemoryStream();
        using (var writer = new ArmorWriter(output, leaveOpen: true))
        {
            writer.Write(binary);
        }

        // Canonical form: LF line ends, no whitespace around the block, a final newline.
        var canonical = original.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(' ', '\t', '\r', '\n') + "\n";
        Assert.Equal(canonical, System.Text.Encoding.ASCII.GetString(output.ToArray()));
    }

    [Theory]
    [MemberData(nameof(Successes))]
    public void Payload_reencrypts_to_the_same_bytes_with_the_vector_file_key(string name)
    {
        var vector = CctvVector.Load(name);
        var binary = Binary(vector);
        var input = new MemoryStream(binary);
        var header = HeaderReader.Read(input);
        var payload = binary[header.Encode().Length..];
        using var fileKey = FileKey.FromBytes(Convert.FromHexString(FileKeyHex(name)));
        var payloadKey = PayloadFormat.DeriveKey(fileKey, payload.AsSpan(0, PayloadFormat.NonceSize));

        var plaintext = new MemoryStream();
        using (var reader = new PayloadReader(new MemoryStream(payload[PayloadFormat.NonceSize..]), payloadKey, 2, PayloadCipherBackend.Auto))
        {
            var buffer = new byte[100_000];
            int read;
            while ((read = reader.Read(buffer)) > 0)
            {
                plaintext.Write(buffer, 0, read);
            }
        }
        var reencrypted = new MemoryStream();
        using (var writer = new PayloadWriter(reencrypted, payloadKey, 2, PayloadCipherBackend.Auto))
        {
            writer.Write(plaintext.ToArray());
            writer.Finish();
        }

        Assert.Equal(payload[PayloadFormat.NonceSize..], reencrypted.ToArray());
    }

    private static byte[] Binary(CctvVector vector)
    {
        if (!vector.Armored)
        {
            return vector.File;
        }
        using var reader = new ArmorReader(new MemoryStream(vector.File));
        var output = new MemoryStream();
        reader.CopyTo(output);
        return output.ToArray();
    }

    private static string FileKeyHex(string name)
    {
        var text = System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(CctvVector.Directory, name)));
        var line = text.Split('\n').First(l => l.StartsWith("file key: ", StringComparison.Ordinal));
        return line["file key: ".Length..];
    }
}
