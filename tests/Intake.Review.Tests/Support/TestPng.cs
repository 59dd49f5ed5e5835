using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Intake.Review.Tests.Support;

/// <summary>A tiny valid PNG with tEXt metadata chunks, such as a phone's camera app might leave.</summary>
internal static class TestPng
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] WithText(params (string Key, string Value)[] texts)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 4);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 4);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        foreach (var (key, value) in texts)
        {
            Chunk(png, "tEXt", [.. Encoding.Latin1.GetBytes(key), 0, .. Encoding.Latin1.GetBytes(value)]);
        }
        Chunk(png, "IDAT", Compress([.. Enumerable.Range(0, 4).SelectMany(_ => new byte[] { 0, 255, 0, 0, 255, 0, 0, 255, 0, 0, 255, 0, 0 })]));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(length);
        png.Write(typed);
        png.Write(crc);
    }

    private static byte[] Compress(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(raw);
        }
        return output.ToArray();
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable() => [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        return c;
    })];
}
