using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Intake.EndToEnd.Browser;

/// <summary>
/// Reads a PNG far enough to say it is a real picture of a page: the signature, every chunk's
/// CRC, the header, and the pixels (inflated and unfiltered), so a blank or broken capture fails.
/// Handles what Chromium writes: 8-bit RGB or RGBA, not interlaced.
/// </summary>
public sealed record PngImage(int Width, int Height, double InkFraction, int DistinctColours)
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < Signature.Length || !bytes.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException($"{path} does not start with the PNG signature.");
        }
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        var sawEnd = false;
        for (var offset = Signature.Length; offset < bytes.Length && !sawEnd;)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset)));
            var type = Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset + 8 + length));
            if (crc != Crc(bytes.AsSpan(offset + 4, length + 4)))
            {
                throw new InvalidDataException($"{path}: the CRC of chunk {type} is wrong.");
            }
            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    var (bitDepth, colourType, interlace) = (data[8], data[9], data[12]);
                    if (bitDepth != 8 || colourType is not (2 or 6) || interlace != 0)
                    {
                        throw new InvalidDataException($"{path}: unexpected PNG format (bit depth {bitDepth}, colour type {colourType}, interlace {interlace}).");
                    }
                    channels = colourType == 6 ? 4 : 3;
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
            }
            offset += 12 + length;
        }
        if (width == 0 || height == 0 || !sawEnd)
        {
            throw new InvalidDataException($"{path}: no header or no end chunk.");
        }
        var pixels = Unfilter(Inflate(compressed.ToArray()), width, height, channels);
        return Measure(pixels, width, height, channels);
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var input = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"The image data has {raw.Length} bytes, not {height * (stride + 1)}.");
        }
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var above = y == 0 ? new byte[stride] : pixels.AsSpan((y - 1) * stride, stride);
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? row[x - channels] : 0, b = above[x], c = x >= channels ? above[x - channels] : 0;
                row[x] = (byte)(source[x] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    // "Ink": pixels clearly darker than the white page background.
    private static PngImage Measure(byte[] pixels, int width, int height, int channels)
    {
        long ink = 0;
        var colours = new HashSet<int>();
        for (var i = 0; i < pixels.Length; i += channels)
        {
            int r = pixels[i], g = pixels[i + 1], b = pixels[i + 2];
            if (r + g + b < 600)
            {
                ink++;
            }
            if (colours.Count < 100_000)
            {
                colours.Add((r << 16) | (g << 8) | b);
            }
        }
        return new PngImage(width, height, ink / (double)((long)width * height), colours.Count);
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
